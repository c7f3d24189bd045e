; certjax: rule losses.sigmoid_cross_entropy, obligation 'defined', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (< 0.0 ?x325))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (< 0.0 ?x163))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (let (($x253 (not $x472)))
 (let (($x87 (< 0.0 ?x163)))
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x326 (< 0.0 ?x325)))
 (not (and $x326 $x87 $x253)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (< 0.0 ?x325))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (let (($x253 (not $x472)))
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x326 (< 0.0 ?x325)))
 (not (and $x326 $x253))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (= 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (< 0.0 ?x325))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (< 0.0 ?x163))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (< 0.0 ?x163))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (< 0.0 ?x325))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (< 0.0 ?x163))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x211 (= 0.0 ?x325)))
 (not $x211)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (let (($x253 (not $x472)))
 (let (($x87 (< 0.0 ?x163)))
 (let ((?x464 (* 1.0 exp!1)))
 (let ((?x325 (+ 1.0 ?x464)))
 (let (($x326 (< 0.0 ?x325)))
 (not (and $x326 $x87 $x253)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (< 0.0 ?x163))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (let (($x253 (not $x472)))
 (let (($x87 (< 0.0 ?x163)))
 (not (and $x87 $x253))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (< 0.0 ?x163))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (not $x472)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x163 (+ 1.0 ?x86)))
 (let (($x472 (= 0.0 ?x163)))
 (let (($x253 (not $x472)))
 (let (($x87 (< 0.0 ?x163)))
 (not (and $x87 $x253))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)

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
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (< 0.0 ?x177))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (< 0.0 ?x383))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (let (($x220 (not $x186)))
 (let (($x87 (< 0.0 ?x383)))
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x311 (< 0.0 ?x177)))
 (not (and $x311 $x87 $x220)))))))))))
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
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (< 0.0 ?x177))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (let (($x220 (not $x186)))
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x311 (< 0.0 ?x177)))
 (not (and $x311 $x220))))))))))
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
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (< 0.0 ?x177))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (< 0.0 ?x383))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (< 0.0 ?x383))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (< 0.0 ?x177))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (< 0.0 ?x383))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x161 (= 0.0 ?x177)))
 (not $x161)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (let (($x220 (not $x186)))
 (let (($x87 (< 0.0 ?x383)))
 (let ((?x279 (* 1.0 exp!1)))
 (let ((?x177 (+ 1.0 ?x279)))
 (let (($x311 (< 0.0 ?x177)))
 (not (and $x311 $x87 $x220)))))))))))
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
 (let ((?x383 (+ 1.0 ?x86)))
 (< 0.0 ?x383))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (let (($x220 (not $x186)))
 (let (($x87 (< 0.0 ?x383)))
 (not (and $x87 $x220))))))))
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
 (let ((?x383 (+ 1.0 ?x86)))
 (< 0.0 ?x383))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (not $x186)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x383 (+ 1.0 ?x86)))
 (let (($x186 (= 0.0 ?x383)))
 (let (($x220 (not $x186)))
 (let (($x87 (< 0.0 ?x383)))
 (not (and $x87 $x220))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)

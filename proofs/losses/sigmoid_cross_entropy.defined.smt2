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
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (< 0.0 ?x324))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (< 0.0 ?x507))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (let (($x357 (not $x469)))
 (let (($x87 (< 0.0 ?x507)))
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x301 (< 0.0 ?x324)))
 (not (and $x301 $x87 $x357)))))))))))
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
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (< 0.0 ?x324))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (let (($x357 (not $x469)))
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x301 (< 0.0 ?x324)))
 (not (and $x301 $x357))))))))))
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
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (< 0.0 ?x324))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (< 0.0 ?x507))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (< 0.0 ?x507))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (< 0.0 ?x324))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (< 0.0 ?x507))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x305 (= 0.0 ?x324)))
 (not $x305)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (let (($x357 (not $x469)))
 (let (($x87 (< 0.0 ?x507)))
 (let ((?x465 (* 1.0 exp!1)))
 (let ((?x324 (+ 1.0 ?x465)))
 (let (($x301 (< 0.0 ?x324)))
 (not (and $x301 $x87 $x357)))))))))))
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
 (let ((?x507 (+ 1.0 ?x86)))
 (< 0.0 ?x507))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (let (($x357 (not $x469)))
 (let (($x87 (< 0.0 ?x507)))
 (not (and $x87 $x357))))))))
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
 (let ((?x507 (+ 1.0 ?x86)))
 (< 0.0 ?x507))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (not $x469)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x86)))
 (let (($x469 (= 0.0 ?x507)))
 (let (($x357 (not $x469)))
 (let (($x87 (< 0.0 ?x507)))
 (not (and $x87 $x357))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)

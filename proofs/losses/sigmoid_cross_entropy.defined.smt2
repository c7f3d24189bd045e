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
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (< 0.0 ?x507))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (< 0.0 ?x480))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (let (($x292 (not $x394)))
 (let (($x87 (< 0.0 ?x480)))
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x176 (< 0.0 ?x507)))
 (not (and $x176 $x87 $x292)))))))))))
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
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (< 0.0 ?x507))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (let (($x292 (not $x394)))
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x176 (< 0.0 ?x507)))
 (not (and $x176 $x292))))))))))
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
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (< 0.0 ?x507))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (< 0.0 ?x480))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (< 0.0 ?x480))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (< 0.0 ?x507))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (< 0.0 ?x480))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x187 (= 0.0 ?x507)))
 (not $x187)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (let (($x292 (not $x394)))
 (let (($x87 (< 0.0 ?x480)))
 (let ((?x357 (* 1.0 exp!1)))
 (let ((?x507 (+ 1.0 ?x357)))
 (let (($x176 (< 0.0 ?x507)))
 (not (and $x176 $x87 $x292)))))))))))
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
 (let ((?x480 (+ 1.0 ?x86)))
 (< 0.0 ?x480))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (let (($x292 (not $x394)))
 (let (($x87 (< 0.0 ?x480)))
 (not (and $x87 $x292))))))))
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
 (let ((?x480 (+ 1.0 ?x86)))
 (< 0.0 ?x480))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (not $x394)))))
(assert
 (let ((?x86 (/ 1.0 exp!1)))
 (let ((?x480 (+ 1.0 ?x86)))
 (let (($x394 (= 0.0 ?x480)))
 (let (($x292 (not $x394)))
 (let (($x87 (< 0.0 ?x480)))
 (not (and $x87 $x292))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)

; certjax: rule estimators.score_OneHotCategoricalLogits, obligation 'second_order.defined@1', verdict proved
; 9 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (let (($x60 (not $x61)))
 (let (($x58 (< 0.0 ?x57)))
 (not (and $x58 $x60 $x60 $x60 $x60 $x60 $x60 $x60 $x60))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 2 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (= |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (< 0.0 ?x213)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (let (($x60 (not $x61)))
 (let (($x58 (< 0.0 ?x57)))
 (not (and $x58 $x60 $x60 $x60 $x60 $x60 $x60 $x60 $x60)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 3 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (< 0.0 ?x213)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (let (($x216 (not $x219)))
 (let (($x215 (< 0.0 ?x213)))
 (not (and $x215 $x216 $x216 $x216 $x216 $x216 $x216 $x216 $x216)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 4 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (= |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (let (($x60 (not $x61)))
 (let (($x58 (< 0.0 ?x57)))
 (not (and $x58 $x60 $x60 $x60 $x60 $x60 $x60 $x60 $x60)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 5 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (= |logits[0]| |logits[1]|))
(assert
 (= |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (< 0.0 ?x213)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (let (($x60 (not $x61)))
 (let (($x58 (< 0.0 ?x57)))
 (not (and $x58 $x60 $x60 $x60 $x60 $x60 $x60 $x60 $x60)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 6 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 true)
(assert
 (= |logits[0]| |logits[1]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (< 0.0 ?x213)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (< 0.0 ?x213)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x214 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (let (($x216 (not $x219)))
 (let (($x215 (< 0.0 ?x213)))
 (not (and $x215 $x216 $x216 $x216 $x216 $x216 $x216 $x216 $x216)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 7 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (< 0.0 ?x254))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (let (($x208 (not $x231)))
 (let (($x236 (< 0.0 ?x254)))
 (not (and $x236 $x208 $x208 $x208 $x208 $x208 $x208 $x208 $x208))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 8 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (= |logits[1]| |logits[2]|))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (< 0.0 ?x254))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (< 0.0 ?x213))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (< 0.0 ?x254))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (not $x231)))))))))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x102 (/ ?x65 exp!1)))
 (let ((?x96 (+ 1.0 ?x102)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x91 (/ ?x55 exp!1)))
 (let ((?x254 (+ ?x91 ?x96)))
 (let (($x231 (= 0.0 ?x254)))
 (let (($x208 (not $x231)))
 (let (($x236 (< 0.0 ?x254)))
 (not (and $x236 $x208 $x208 $x208 $x208 $x208 $x208 $x208 $x208))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)
; region 9 of 9
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (< 0.0 ?x213))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (not $x219)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x218 (/ ?x9 exp!3)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x214 (/ ?x65 exp!3)))
 (let ((?x200 (+ ?x214 ?x218)))
 (let ((?x213 (+ 1.0 ?x200)))
 (let (($x219 (= 0.0 ?x213)))
 (let (($x216 (not $x219)))
 (let (($x215 (< 0.0 ?x213)))
 (not (and $x215 $x216 $x216 $x216 $x216 $x216 $x216 $x216 $x216))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)

; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!100 () Real)
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
 (let ((?x105 (/ 1.0 ?x57)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ 1.0 ?x106)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x110 (+ ?x106 ?x109)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x103 (/ ?x36 exp!4)))
 (let ((?x112 (* ?x103 ?x111)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x113 (* ?x100 ?x112)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x104 (* ?x103 ?x102)))
 (or (and (distinct ?x104 ?x113) true))))))))))))))))))))))
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
(assert
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (< 0.0 ?x381)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (< 0.0 ?x381)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x118 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let ((?x253 (/ ?x118 ?x381)))
 (let ((?x247 (- ?x253)))
 (let ((?x259 (+ 1.0 ?x247)))
 (let ((?x298 (* 0.0 ?x259)))
 (let ((?x308 (+ ?x247 ?x298)))
 (let ((?x257 (* 0.0 ?x247)))
 (let ((?x309 (+ ?x257 ?x308)))
 (let ((?x142 (/ ?x363 exp!5)))
 (let ((?x306 (* ?x142 ?x309)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x307 (* ?x100 ?x306)))
 (let ((?x101 (- ?x100)))
 (let ((?x240 (/ ?x101 ?x381)))
 (let ((?x241 (* ?x118 ?x240)))
 (let ((?x143 (* ?x142 ?x241)))
 (or (and (distinct ?x143 ?x307) true))))))))))))))))))))))))
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
(assert
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x363 (/ ?x9 exp!3)))
(let ((?x118 (/ (* 1.0 exp!2) exp!3)))
(let ((?x368 (+ ?x118 ?x363)))
(let ((?x381 (+ 1.0 ?x368)))
(=> (> ?x381 0.0) (= exp!5 ?x381))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!152 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (< 0.0 ?x374))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (let (($x283 (= 0.0 ?x374)))
 (not $x283)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (let (($x283 (= 0.0 ?x374)))
 (not $x283)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (let (($x283 (= 0.0 ?x374)))
 (not $x283)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (< 0.0 ?x374))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (let (($x283 (= 0.0 ?x374)))
 (not $x283)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (let (($x283 (= 0.0 ?x374)))
 (not $x283)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x564 (/ ?x455 exp!1)))
 (let ((?x398 (+ 1.0 ?x564)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x374 (+ ?x204 ?x398)))
 (let ((?x286 (/ ?x564 ?x374)))
 (let ((?x413 (- ?x286)))
 (let ((?x133 (+ 1.0 ?x413)))
 (let ((?x699 (* 0.0 ?x133)))
 (let ((?x325 (+ ?x413 ?x699)))
 (let ((?x500 (* 0.0 ?x413)))
 (let ((?x688 (+ ?x500 ?x325)))
 (let ((?x128 (/ 1.0 exp!6)))
 (let ((?x467 (* ?x128 ?x688)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x320 (* ?x100 ?x467)))
 (let ((?x101 (- ?x100)))
 (let ((?x206 (/ ?x101 ?x374)))
 (let ((?x131 (* ?x564 ?x206)))
 (let ((?x126 (* ?x128 ?x131)))
 (or (and (distinct ?x126 ?x320) true)))))))))))))))))))))))))
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
(assert
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (=> (> ?x381 0.0) (= exp!5 ?x381)))))))))
(assert
 (= (< log!206 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!206) (< exp!1 exp!6)))
(assert
 (= (< log!206 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!206) (< exp!2 exp!6)))
(assert
 (= (< log!206 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!206) (< exp!3 exp!6)))
(assert
 (= (< log!206 log!100) (< exp!6 exp!4)))
(assert
 (= (< log!100 log!206) (< exp!4 exp!6)))
(assert
 (= (< log!206 log!152) (< exp!6 exp!5)))
(assert
 (= (< log!152 log!206) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!206 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!206)))
(assert
 (let ((?x455 (* 1.0 exp!2)))
(let ((?x564 (/ ?x455 exp!1)))
(let ((?x398 (+ 1.0 ?x564)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x204 (/ ?x55 exp!1)))
(let ((?x374 (+ ?x204 ?x398)))
(=> (> ?x374 0.0) (= exp!6 ?x374)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (< 0.0 ?x381))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (< 0.0 ?x381))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let (($x135 (= 0.0 ?x381)))
 (not $x135)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (let ((?x253 (/ ?x118 ?x381)))
 (let ((?x247 (- ?x253)))
 (let ((?x259 (+ 1.0 ?x247)))
 (let ((?x298 (* 0.0 ?x259)))
 (let ((?x308 (+ ?x247 ?x298)))
 (let ((?x257 (* 0.0 ?x247)))
 (let ((?x309 (+ ?x257 ?x308)))
 (let ((?x142 (/ ?x363 exp!5)))
 (let ((?x306 (* ?x142 ?x309)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x307 (* ?x100 ?x306)))
 (let ((?x101 (- ?x100)))
 (let ((?x240 (/ ?x101 ?x381)))
 (let ((?x241 (* ?x118 ?x240)))
 (let ((?x143 (* ?x142 ?x241)))
 (or (and (distinct ?x143 ?x307) true)))))))))))))))))))))))))
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
(assert
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (=> (> ?x381 0.0) (= exp!5 ?x381)))))))))
(assert
 (= (< log!206 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!206) (< exp!1 exp!6)))
(assert
 (= (< log!206 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!206) (< exp!2 exp!6)))
(assert
 (= (< log!206 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!206) (< exp!3 exp!6)))
(assert
 (= (< log!206 log!100) (< exp!6 exp!4)))
(assert
 (= (< log!100 log!206) (< exp!4 exp!6)))
(assert
 (= (< log!206 log!152) (< exp!6 exp!5)))
(assert
 (= (< log!152 log!206) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!206 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!206)))
(assert
 (let ((?x455 (* 1.0 exp!2)))
(let ((?x564 (/ ?x455 exp!1)))
(let ((?x398 (+ 1.0 ?x564)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x204 (/ ?x55 exp!1)))
(let ((?x374 (+ ?x204 ?x398)))
(=> (> ?x374 0.0) (= exp!6 ?x374)))))))))
(check-sat)
(pop 1)

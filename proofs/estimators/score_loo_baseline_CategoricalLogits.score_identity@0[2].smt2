; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
(declare-fun |f[0]| () Real)
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
 (let ((?x106 (/ ?x56 ?x57)))
 (let ((?x107 (- ?x106)))
 (let ((?x110 (* 0.0 ?x107)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x108 (+ 1.0 ?x107)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x104 (/ 1.0 exp!4)))
 (let ((?x113 (* ?x104 ?x112)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x114 (* ?x100 ?x113)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x103 (* ?x56 ?x102)))
 (let ((?x105 (* ?x104 ?x103)))
 (or (and (distinct ?x105 ?x114) true)))))))))))))))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let ((?x260 (/ 1.0 ?x383)))
 (let ((?x299 (- ?x260)))
 (let ((?x307 (* 0.0 ?x299)))
 (let ((?x308 (+ ?x299 ?x307)))
 (let ((?x309 (+ 1.0 ?x299)))
 (let ((?x310 (* 0.0 ?x309)))
 (let ((?x145 (+ ?x310 ?x308)))
 (let ((?x248 (/ ?x455 exp!5)))
 (let ((?x146 (* ?x248 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x141 (* ?x100 ?x146)))
 (let ((?x101 (- ?x100)))
 (let ((?x254 (/ ?x101 ?x383)))
 (let ((?x258 (* ?x248 ?x254)))
 (or (and (distinct ?x258 ?x141) true)))))))))))))))))))))))
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
(let ((?x119 (/ ?x9 exp!3)))
(let ((?x455 (/ (* 1.0 exp!2) exp!3)))
(let ((?x371 (+ ?x455 ?x119)))
(let ((?x383 (+ 1.0 ?x371)))
(=> (> ?x383 0.0) (= exp!5 ?x383))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (< 0.0 ?x368))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (let (($x469 (= 0.0 ?x368)))
 (not $x469)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (let (($x469 (= 0.0 ?x368)))
 (not $x469)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (let (($x469 (= 0.0 ?x368)))
 (not $x469)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (< 0.0 ?x368))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (let (($x469 (= 0.0 ?x368)))
 (not $x469)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (let (($x469 (= 0.0 ?x368)))
 (not $x469)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x567 (/ ?x366 exp!1)))
 (let ((?x124 (+ 1.0 ?x567)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x506 (/ ?x55 exp!1)))
 (let ((?x368 (+ ?x506 ?x124)))
 (let ((?x203 (/ ?x506 ?x368)))
 (let ((?x322 (- ?x203)))
 (let ((?x699 (* 0.0 ?x322)))
 (let ((?x462 (+ ?x322 ?x699)))
 (let ((?x352 (+ 1.0 ?x322)))
 (let ((?x208 (* 0.0 ?x352)))
 (let ((?x688 (+ ?x208 ?x462)))
 (let ((?x439 (/ ?x567 exp!6)))
 (let ((?x300 (* ?x439 ?x688)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x423 (* ?x100 ?x300)))
 (let ((?x101 (- ?x100)))
 (let ((?x327 (/ ?x101 ?x368)))
 (let ((?x169 (* ?x506 ?x327)))
 (let ((?x323 (* ?x439 ?x169)))
 (or (and (distinct ?x323 ?x423) true)))))))))))))))))))))))))
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
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
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
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x567 (/ ?x366 exp!1)))
(let ((?x124 (+ 1.0 ?x567)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x506 (/ ?x55 exp!1)))
(let ((?x368 (+ ?x506 ?x124)))
(=> (> ?x368 0.0) (= exp!6 ?x368)))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let ((?x260 (/ 1.0 ?x383)))
 (let ((?x299 (- ?x260)))
 (let ((?x307 (* 0.0 ?x299)))
 (let ((?x308 (+ ?x299 ?x307)))
 (let ((?x309 (+ 1.0 ?x299)))
 (let ((?x310 (* 0.0 ?x309)))
 (let ((?x145 (+ ?x310 ?x308)))
 (let ((?x248 (/ ?x455 exp!5)))
 (let ((?x146 (* ?x248 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x141 (* ?x100 ?x146)))
 (let ((?x101 (- ?x100)))
 (let ((?x254 (/ ?x101 ?x383)))
 (let ((?x258 (* ?x248 ?x254)))
 (or (and (distinct ?x258 ?x141) true))))))))))))))))))))))))
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
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x366 exp!3)))
 (let ((?x371 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
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
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x567 (/ ?x366 exp!1)))
(let ((?x124 (+ 1.0 ?x567)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x506 (/ ?x55 exp!1)))
(let ((?x368 (+ ?x506 ?x124)))
(=> (> ?x368 0.0) (= exp!6 ?x368)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@0[1]', verdict proved
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
 (let ((?x106 (/ ?x36 ?x57)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (+ 1.0 ?x107)))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x112 (+ ?x108 ?x111)))
 (let ((?x104 (/ 1.0 exp!4)))
 (let ((?x113 (* ?x104 ?x112)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x114 (* ?x100 ?x113)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x103 (* ?x36 ?x102)))
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
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x455 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let ((?x153 (/ ?x119 ?x383)))
 (let ((?x156 (- ?x153)))
 (let ((?x144 (+ 1.0 ?x156)))
 (let ((?x254 (* 0.0 ?x144)))
 (let ((?x248 (+ ?x156 ?x254)))
 (let ((?x143 (* 0.0 ?x156)))
 (let ((?x258 (+ ?x143 ?x248)))
 (let ((?x241 (/ ?x455 exp!5)))
 (let ((?x260 (* ?x241 ?x258)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x171 (* ?x100 ?x260)))
 (let ((?x101 (- ?x100)))
 (let ((?x243 (/ ?x101 ?x383)))
 (let ((?x244 (* ?x119 ?x243)))
 (let ((?x242 (* ?x241 ?x244)))
 (or (and (distinct ?x242 ?x171) true))))))))))))))))))))))))
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
(let ((?x366 (+ ?x455 ?x119)))
(let ((?x383 (+ 1.0 ?x366)))
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
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (< 0.0 ?x491))))))))
(assert
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (let (($x404 (= 0.0 ?x491)))
 (not $x404)))))))))
(assert
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (let (($x404 (= 0.0 ?x491)))
 (not $x404)))))))))
(assert
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (let (($x404 (= 0.0 ?x491)))
 (not $x404)))))))))
(assert
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (< 0.0 ?x491))))))))
(assert
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (let (($x404 (= 0.0 ?x491)))
 (not $x404)))))))))
(assert
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (let (($x404 (= 0.0 ?x491)))
 (not $x404)))))))))
(assert
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x574 (/ ?x371 exp!1)))
 (let ((?x125 (+ 1.0 ?x574)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x465 (/ ?x55 exp!1)))
 (let ((?x491 (+ ?x465 ?x125)))
 (let ((?x303 (/ 1.0 ?x491)))
 (let ((?x288 (- ?x303)))
 (let ((?x505 (+ 1.0 ?x288)))
 (let ((?x394 (* 0.0 ?x505)))
 (let ((?x702 (+ ?x288 ?x394)))
 (let ((?x389 (* 0.0 ?x288)))
 (let ((?x508 (+ ?x389 ?x702)))
 (let ((?x292 (/ ?x574 exp!6)))
 (let ((?x691 (* ?x292 ?x508)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x468 (* ?x100 ?x691)))
 (let ((?x101 (- ?x100)))
 (let ((?x386 (/ ?x101 ?x491)))
 (let ((?x128 (* ?x292 ?x386)))
 (or (and (distinct ?x128 ?x468) true))))))))))))))))))))))))
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
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
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
 (let ((?x371 (* 1.0 exp!2)))
(let ((?x574 (/ ?x371 exp!1)))
(let ((?x125 (+ 1.0 ?x574)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x465 (/ ?x55 exp!1)))
(let ((?x491 (+ ?x465 ?x125)))
(=> (> ?x491 0.0) (= exp!6 ?x491)))))))))
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
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let (($x136 (= 0.0 ?x383)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
 (let ((?x153 (/ ?x119 ?x383)))
 (let ((?x156 (- ?x153)))
 (let ((?x144 (+ 1.0 ?x156)))
 (let ((?x254 (* 0.0 ?x144)))
 (let ((?x248 (+ ?x156 ?x254)))
 (let ((?x143 (* 0.0 ?x156)))
 (let ((?x258 (+ ?x143 ?x248)))
 (let ((?x241 (/ ?x455 exp!5)))
 (let ((?x260 (* ?x241 ?x258)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x171 (* ?x100 ?x260)))
 (let ((?x101 (- ?x100)))
 (let ((?x243 (/ ?x101 ?x383)))
 (let ((?x244 (* ?x119 ?x243)))
 (let ((?x242 (* ?x241 ?x244)))
 (or (and (distinct ?x242 ?x171) true)))))))))))))))))))))))))
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
 (let ((?x371 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x371 exp!3)))
 (let ((?x366 (+ ?x455 ?x119)))
 (let ((?x383 (+ 1.0 ?x366)))
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
 (let ((?x371 (* 1.0 exp!2)))
(let ((?x574 (/ ?x371 exp!1)))
(let ((?x125 (+ 1.0 ?x574)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x465 (/ ?x55 exp!1)))
(let ((?x491 (+ ?x465 ?x125)))
(=> (> ?x491 0.0) (= exp!6 ?x491)))))))))
(check-sat)
(pop 1)

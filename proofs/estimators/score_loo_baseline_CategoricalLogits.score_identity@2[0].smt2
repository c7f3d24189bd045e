; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x109 (* 0.0 ?x106)))
 (let ((?x107 (+ 1.0 ?x106)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x110 (+ ?x108 ?x109)))
 (let ((?x111 (+ ?x106 ?x110)))
 (let ((?x103 (/ ?x56 exp!4)))
 (let ((?x112 (* ?x103 ?x111)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x298 (/ ?x118 ?x381)))
 (let ((?x308 (- ?x298)))
 (let ((?x307 (* 0.0 ?x308)))
 (let ((?x309 (+ 1.0 ?x308)))
 (let ((?x306 (* 0.0 ?x309)))
 (let ((?x144 (+ ?x306 ?x307)))
 (let ((?x145 (+ ?x308 ?x144)))
 (let ((?x257 (/ 1.0 exp!5)))
 (let ((?x140 (* ?x257 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x141 (* ?x100 ?x140)))
 (let ((?x101 (- ?x100)))
 (let ((?x253 (/ ?x101 ?x381)))
 (let ((?x247 (* ?x118 ?x253)))
 (let ((?x259 (* ?x257 ?x247)))
 (or (and (distinct ?x259 ?x141) true))))))))))))))))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (< 0.0 ?x365))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (let (($x239 (= 0.0 ?x365)))
 (not $x239)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (let (($x239 (= 0.0 ?x365)))
 (not $x239)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (let (($x239 (= 0.0 ?x365)))
 (not $x239)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (< 0.0 ?x365))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (let (($x239 (= 0.0 ?x365)))
 (not $x239)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (let (($x239 (= 0.0 ?x365)))
 (not $x239)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x568 (/ ?x455 exp!1)))
 (let ((?x172 (+ 1.0 ?x568)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x238 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x238 ?x172)))
 (let ((?x162 (/ ?x568 ?x365)))
 (let ((?x427 (- ?x162)))
 (let ((?x700 (* 0.0 ?x427)))
 (let ((?x348 (+ 1.0 ?x427)))
 (let ((?x209 (* 0.0 ?x348)))
 (let ((?x187 (+ ?x209 ?x700)))
 (let ((?x689 (+ ?x427 ?x187)))
 (let ((?x471 (/ ?x238 exp!6)))
 (let ((?x468 (* ?x471 ?x689)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x459 (* ?x100 ?x468)))
 (let ((?x101 (- ?x100)))
 (let ((?x255 (/ ?x101 ?x365)))
 (let ((?x266 (* ?x568 ?x255)))
 (let ((?x130 (* ?x471 ?x266)))
 (or (and (distinct ?x130 ?x459) true)))))))))))))))))))))))))
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
(let ((?x568 (/ ?x455 exp!1)))
(let ((?x172 (+ 1.0 ?x568)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x238 (/ ?x55 exp!1)))
(let ((?x365 (+ ?x238 ?x172)))
(=> (> ?x365 0.0) (= exp!6 ?x365)))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x298 (/ ?x118 ?x381)))
 (let ((?x308 (- ?x298)))
 (let ((?x307 (* 0.0 ?x308)))
 (let ((?x309 (+ 1.0 ?x308)))
 (let ((?x306 (* 0.0 ?x309)))
 (let ((?x144 (+ ?x306 ?x307)))
 (let ((?x145 (+ ?x308 ?x144)))
 (let ((?x257 (/ 1.0 exp!5)))
 (let ((?x140 (* ?x257 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x141 (* ?x100 ?x140)))
 (let ((?x101 (- ?x100)))
 (let ((?x253 (/ ?x101 ?x381)))
 (let ((?x247 (* ?x118 ?x253)))
 (let ((?x259 (* ?x257 ?x247)))
 (or (and (distinct ?x259 ?x141) true)))))))))))))))))))))))))
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
(let ((?x568 (/ ?x455 exp!1)))
(let ((?x172 (+ 1.0 ?x568)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x238 (/ ?x55 exp!1)))
(let ((?x365 (+ ?x238 ?x172)))
(=> (> ?x365 0.0) (= exp!6 ?x365)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
(declare-fun log!98 () Real)
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
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
(declare-fun log!98 () Real)
(declare-fun log!150 () Real)
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
 (let ((?x259 (/ 1.0 exp!5)))
 (let ((?x140 (* ?x259 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x141 (* ?x100 ?x140)))
 (let ((?x101 (- ?x100)))
 (let ((?x247 (/ ?x101 ?x381)))
 (let ((?x257 (* ?x118 ?x247)))
 (let ((?x277 (* ?x259 ?x257)))
 (or (and (distinct ?x277 ?x141) true))))))))))))))))))))))))
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
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
(declare-fun log!98 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!150 () Real)
(declare-fun log!204 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (< 0.0 ?x437))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (let (($x206 (= 0.0 ?x437)))
 (not $x206)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (let (($x206 (= 0.0 ?x437)))
 (not $x206)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (let (($x206 (= 0.0 ?x437)))
 (not $x206)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (< 0.0 ?x437))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (let (($x206 (= 0.0 ?x437)))
 (not $x206)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (let (($x206 (= 0.0 ?x437)))
 (not $x206)))))))))
(assert
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x455 exp!1)))
 (let ((?x209 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x412 (/ ?x55 exp!1)))
 (let ((?x437 (+ ?x412 ?x209)))
 (let ((?x228 (/ ?x166 ?x437)))
 (let ((?x418 (- ?x228)))
 (let ((?x700 (* 0.0 ?x418)))
 (let ((?x341 (+ 1.0 ?x418)))
 (let ((?x387 (* 0.0 ?x341)))
 (let ((?x681 (+ ?x387 ?x700)))
 (let ((?x258 (+ ?x418 ?x681)))
 (let ((?x407 (/ ?x412 exp!6)))
 (let ((?x339 (* ?x407 ?x258)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x340 (* ?x100 ?x339)))
 (let ((?x101 (- ?x100)))
 (let ((?x480 (/ ?x101 ?x437)))
 (let ((?x399 (* ?x166 ?x480)))
 (let ((?x175 (* ?x407 ?x399)))
 (or (and (distinct ?x175 ?x340) true)))))))))))))))))))))))))
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (=> (> ?x381 0.0) (= exp!5 ?x381)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!6)))
(assert
 (= (< log!204 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!6)))
(assert
 (= (< log!204 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!6)))
(assert
 (= (< log!204 log!98) (< exp!6 exp!4)))
(assert
 (= (< log!98 log!204) (< exp!4 exp!6)))
(assert
 (= (< log!204 log!150) (< exp!6 exp!5)))
(assert
 (= (< log!150 log!204) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!204 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!204)))
(assert
 (let ((?x455 (* 1.0 exp!2)))
(let ((?x166 (/ ?x455 exp!1)))
(let ((?x209 (+ 1.0 ?x166)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x412 (/ ?x55 exp!1)))
(let ((?x437 (+ ?x412 ?x209)))
(=> (> ?x437 0.0) (= exp!6 ?x437)))))))))
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
(declare-fun log!98 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!204 () Real)
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
 (let ((?x259 (/ 1.0 exp!5)))
 (let ((?x140 (* ?x259 ?x145)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[2]| ?x99)))
 (let ((?x141 (* ?x100 ?x140)))
 (let ((?x101 (- ?x100)))
 (let ((?x247 (/ ?x101 ?x381)))
 (let ((?x257 (* ?x118 ?x247)))
 (let ((?x277 (* ?x259 ?x257)))
 (or (and (distinct ?x277 ?x141) true)))))))))))))))))))))))))
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
 (= (< log!98 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!98) (< exp!1 exp!4)))
(assert
 (= (< log!98 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!98) (< exp!2 exp!4)))
(assert
 (= (< log!98 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!98) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!98 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!98)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!150 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!5)))
(assert
 (= (< log!150 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!5)))
(assert
 (= (< log!150 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!5)))
(assert
 (= (< log!150 log!98) (< exp!5 exp!4)))
(assert
 (= (< log!98 log!150) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!150 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x363 (/ ?x9 exp!3)))
 (let ((?x455 (* 1.0 exp!2)))
 (let ((?x118 (/ ?x455 exp!3)))
 (let ((?x368 (+ ?x118 ?x363)))
 (let ((?x381 (+ 1.0 ?x368)))
 (=> (> ?x381 0.0) (= exp!5 ?x381)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!6)))
(assert
 (= (< log!204 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!6)))
(assert
 (= (< log!204 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!6)))
(assert
 (= (< log!204 log!98) (< exp!6 exp!4)))
(assert
 (= (< log!98 log!204) (< exp!4 exp!6)))
(assert
 (= (< log!204 log!150) (< exp!6 exp!5)))
(assert
 (= (< log!150 log!204) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!204 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!204)))
(assert
 (let ((?x455 (* 1.0 exp!2)))
(let ((?x166 (/ ?x455 exp!1)))
(let ((?x209 (+ 1.0 ?x166)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x412 (/ ?x55 exp!1)))
(let ((?x437 (+ ?x412 ?x209)))
(=> (> ?x437 0.0) (= exp!6 ?x437)))))))))
(check-sat)
(pop 1)

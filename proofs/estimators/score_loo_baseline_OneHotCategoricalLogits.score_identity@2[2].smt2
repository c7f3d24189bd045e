; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun log!128 () Real)
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
 (let ((?x116 (/ ?x56 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x120 (+ ?x119 ?x119)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x113 (/ ?x56 exp!4)))
 (let ((?x122 (* ?x113 ?x121)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x123 (* ?x115 ?x122)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x56 ?x110)))
 (let ((?x112 (+ ?x104 ?x111)))
 (let ((?x114 (* ?x113 ?x112)))
 (or (and (distinct ?x114 ?x123) true))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
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
(declare-fun log!128 () Real)
(declare-fun log!193 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let ((?x236 (/ 1.0 ?x407)))
 (let ((?x233 (- ?x236)))
 (let ((?x189 (* 0.0 ?x233)))
 (let ((?x294 (+ ?x189 ?x189)))
 (let ((?x234 (+ 1.0 ?x233)))
 (let ((?x316 (+ ?x234 ?x294)))
 (let ((?x232 (/ 1.0 exp!5)))
 (let ((?x327 (* ?x232 ?x316)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x328 (* ?x115 ?x327)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x229 (/ ?x109 ?x407)))
 (let ((?x230 (+ ?x104 ?x229)))
 (let ((?x235 (* ?x232 ?x230)))
 (or (and (distinct ?x235 ?x328) true))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x128 (/ ?x9 exp!3)))
(let ((?x472 (/ (* 1.0 exp!2) exp!3)))
(let ((?x394 (+ ?x472 ?x128)))
(let ((?x407 (+ 1.0 ?x394)))
(=> (> ?x407 0.0) (= exp!5 ?x407))))))))
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
(declare-fun log!128 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!193 () Real)
(declare-fun log!260 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (< 0.0 ?x225))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (let (($x528 (= 0.0 ?x225)))
 (not $x528)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (let (($x528 (= 0.0 ?x225)))
 (not $x528)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (let (($x528 (= 0.0 ?x225)))
 (not $x528)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (< 0.0 ?x225))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (let (($x528 (= 0.0 ?x225)))
 (not $x528)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (let (($x528 (= 0.0 ?x225)))
 (not $x528)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x245 (/ ?x372 exp!1)))
 (let ((?x130 (+ 1.0 ?x245)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x484 (/ ?x55 exp!1)))
 (let ((?x225 (+ ?x484 ?x130)))
 (let ((?x148 (/ ?x484 ?x225)))
 (let ((?x718 (- ?x148)))
 (let ((?x139 (* 0.0 ?x718)))
 (let ((?x137 (+ ?x139 ?x139)))
 (let ((?x374 (+ 1.0 ?x718)))
 (let ((?x141 (+ ?x374 ?x137)))
 (let ((?x424 (/ ?x484 exp!6)))
 (let ((?x406 (* ?x424 ?x141)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x413 (* ?x115 ?x406)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x260 (/ ?x109 ?x225)))
 (let ((?x313 (* ?x484 ?x260)))
 (let ((?x195 (+ ?x104 ?x313)))
 (let ((?x140 (* ?x424 ?x195)))
 (or (and (distinct ?x140 ?x413) true))))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!260 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!260) (< exp!1 exp!6)))
(assert
 (= (< log!260 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!260) (< exp!2 exp!6)))
(assert
 (= (< log!260 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!260) (< exp!3 exp!6)))
(assert
 (= (< log!260 log!128) (< exp!6 exp!4)))
(assert
 (= (< log!128 log!260) (< exp!4 exp!6)))
(assert
 (= (< log!260 log!193) (< exp!6 exp!5)))
(assert
 (= (< log!193 log!260) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!260 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!260)))
(assert
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x245 (/ ?x372 exp!1)))
(let ((?x130 (+ 1.0 ?x245)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x484 (/ ?x55 exp!1)))
(let ((?x225 (+ ?x484 ?x130)))
(=> (> ?x225 0.0) (= exp!6 ?x225)))))))))
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
(declare-fun log!128 () Real)
(declare-fun log!193 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!260 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (let ((?x236 (/ 1.0 ?x407)))
 (let ((?x233 (- ?x236)))
 (let ((?x189 (* 0.0 ?x233)))
 (let ((?x294 (+ ?x189 ?x189)))
 (let ((?x234 (+ 1.0 ?x233)))
 (let ((?x316 (+ ?x234 ?x294)))
 (let ((?x232 (/ 1.0 exp!5)))
 (let ((?x327 (* ?x232 ?x316)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x328 (* ?x115 ?x327)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x229 (/ ?x109 ?x407)))
 (let ((?x230 (+ ?x104 ?x229)))
 (let ((?x235 (* ?x232 ?x230)))
 (or (and (distinct ?x235 ?x328) true)))))))))))))))))))))))))))))))
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
 (= (< log!128 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!128) (< exp!1 exp!4)))
(assert
 (= (< log!128 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!128) (< exp!2 exp!4)))
(assert
 (= (< log!128 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!128) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!128 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!128)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!193 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!193) (< exp!1 exp!5)))
(assert
 (= (< log!193 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!193) (< exp!2 exp!5)))
(assert
 (= (< log!193 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!193) (< exp!3 exp!5)))
(assert
 (= (< log!193 log!128) (< exp!5 exp!4)))
(assert
 (= (< log!128 log!193) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!193 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!193)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!260 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!260) (< exp!1 exp!6)))
(assert
 (= (< log!260 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!260) (< exp!2 exp!6)))
(assert
 (= (< log!260 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!260) (< exp!3 exp!6)))
(assert
 (= (< log!260 log!128) (< exp!6 exp!4)))
(assert
 (= (< log!128 log!260) (< exp!4 exp!6)))
(assert
 (= (< log!260 log!193) (< exp!6 exp!5)))
(assert
 (= (< log!193 log!260) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!260 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!260)))
(assert
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x245 (/ ?x372 exp!1)))
(let ((?x130 (+ 1.0 ?x245)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x484 (/ ?x55 exp!1)))
(let ((?x225 (+ ?x484 ?x130)))
(=> (> ?x225 0.0) (= exp!6 ?x225)))))))))
(check-sat)
(pop 1)

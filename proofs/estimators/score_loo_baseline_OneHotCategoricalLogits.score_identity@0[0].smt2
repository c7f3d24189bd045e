; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
 (let ((?x115 (/ 1.0 ?x57)))
 (let ((?x116 (- ?x115)))
 (let ((?x118 (+ 1.0 ?x116)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x112 (/ 1.0 exp!4)))
 (let ((?x121 (* ?x112 ?x120)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x122 (* ?x114 ?x121)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (+ ?x104 ?x110)))
 (let ((?x113 (* ?x112 ?x111)))
 (or (and (distinct ?x113 ?x122) true)))))))))))))))))))))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x127 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let ((?x224 (/ ?x127 ?x402)))
 (let ((?x225 (- ?x224)))
 (let ((?x228 (+ 1.0 ?x225)))
 (let ((?x226 (* 0.0 ?x225)))
 (let ((?x231 (+ ?x226 ?x228)))
 (let ((?x232 (+ ?x226 ?x231)))
 (let ((?x146 (/ ?x127 exp!5)))
 (let ((?x229 (* ?x146 ?x232)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x230 (* ?x114 ?x229)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x236 (/ ?x109 ?x402)))
 (let ((?x237 (* ?x127 ?x236)))
 (let ((?x145 (+ ?x104 ?x237)))
 (let ((?x220 (* ?x146 ?x145)))
 (or (and (distinct ?x220 ?x230) true)))))))))))))))))))))))))))))))
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
(let ((?x368 (/ ?x9 exp!3)))
(let ((?x127 (/ (* 1.0 exp!2) exp!3)))
(let ((?x390 (+ ?x127 ?x368)))
(let ((?x402 (+ 1.0 ?x390)))
(=> (> ?x402 0.0) (= exp!5 ?x402))))))))
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
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (< 0.0 ?x405))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (let (($x497 (= 0.0 ?x405)))
 (not $x497)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (let (($x497 (= 0.0 ?x405)))
 (not $x497)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (let (($x497 (= 0.0 ?x405)))
 (not $x497)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (< 0.0 ?x405))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (let (($x497 (= 0.0 ?x405)))
 (not $x497)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (let (($x497 (= 0.0 ?x405)))
 (not $x497)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x386 (/ ?x466 exp!1)))
 (let ((?x336 (+ 1.0 ?x386)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x133 (/ ?x55 exp!1)))
 (let ((?x405 (+ ?x133 ?x336)))
 (let ((?x533 (/ ?x386 ?x405)))
 (let ((?x727 (- ?x533)))
 (let ((?x314 (+ 1.0 ?x727)))
 (let ((?x311 (* 0.0 ?x727)))
 (let ((?x530 (+ ?x311 ?x314)))
 (let ((?x534 (+ ?x311 ?x530)))
 (let ((?x403 (/ ?x386 exp!6)))
 (let ((?x208 (* ?x403 ?x534)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x293 (* ?x114 ?x208)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x239 (/ ?x109 ?x405)))
 (let ((?x263 (* ?x386 ?x239)))
 (let ((?x209 (+ ?x104 ?x263)))
 (let ((?x520 (* ?x403 ?x209)))
 (or (and (distinct ?x520 ?x293) true))))))))))))))))))))))))))))))))
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
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
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
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x386 (/ ?x466 exp!1)))
(let ((?x336 (+ 1.0 ?x386)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x133 (/ ?x55 exp!1)))
(let ((?x405 (+ ?x133 ?x336)))
(=> (> ?x405 0.0) (= exp!6 ?x405)))))))))
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
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (< 0.0 ?x402))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let (($x144 (= 0.0 ?x402)))
 (not $x144)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (let ((?x224 (/ ?x127 ?x402)))
 (let ((?x225 (- ?x224)))
 (let ((?x228 (+ 1.0 ?x225)))
 (let ((?x226 (* 0.0 ?x225)))
 (let ((?x231 (+ ?x226 ?x228)))
 (let ((?x232 (+ ?x226 ?x231)))
 (let ((?x146 (/ ?x127 exp!5)))
 (let ((?x229 (* ?x146 ?x232)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x230 (* ?x114 ?x229)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x236 (/ ?x109 ?x402)))
 (let ((?x237 (* ?x127 ?x236)))
 (let ((?x145 (+ ?x104 ?x237)))
 (let ((?x220 (* ?x146 ?x145)))
 (or (and (distinct ?x220 ?x230) true))))))))))))))))))))))))))))))))
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
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
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
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x386 (/ ?x466 exp!1)))
(let ((?x336 (+ 1.0 ?x386)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x133 (/ ?x55 exp!1)))
(let ((?x405 (+ ?x133 ?x336)))
(=> (> ?x405 0.0) (= exp!6 ?x405)))))))))
(check-sat)
(pop 1)

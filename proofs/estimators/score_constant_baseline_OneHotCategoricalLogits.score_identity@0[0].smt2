; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun log!127 () Real)
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
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
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
(declare-fun log!127 () Real)
(declare-fun log!192 () Real)
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
 (let ((?x150 (/ ?x127 ?x402)))
 (let ((?x290 (- ?x150)))
 (let ((?x343 (+ 1.0 ?x290)))
 (let ((?x332 (* 0.0 ?x290)))
 (let ((?x344 (+ ?x332 ?x343)))
 (let ((?x341 (+ ?x332 ?x344)))
 (let ((?x154 (/ ?x127 exp!5)))
 (let ((?x342 (* ?x154 ?x341)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x183 (* ?x114 ?x342)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x325 (/ ?x109 ?x402)))
 (let ((?x326 (* ?x127 ?x325)))
 (let ((?x153 (+ ?x104 ?x326)))
 (let ((?x149 (* ?x154 ?x153)))
 (or (and (distinct ?x149 ?x183) true)))))))))))))))))))))))))))))))
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
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!127) (< exp!5 exp!4)))
(assert
 (= (< log!127 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
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
(declare-fun log!127 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!192 () Real)
(declare-fun log!259 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (< 0.0 ?x216))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (let (($x255 (= 0.0 ?x216)))
 (not $x255)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (let (($x255 (= 0.0 ?x216)))
 (not $x255)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (let (($x255 (= 0.0 ?x216)))
 (not $x255)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (< 0.0 ?x216))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (let (($x255 (= 0.0 ?x216)))
 (not $x255)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (let (($x255 (= 0.0 ?x216)))
 (not $x255)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x178 (/ ?x466 exp!1)))
 (let ((?x362 (+ 1.0 ?x178)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x356 (/ ?x55 exp!1)))
 (let ((?x216 (+ ?x356 ?x362)))
 (let ((?x434 (/ ?x178 ?x216)))
 (let ((?x720 (- ?x434)))
 (let ((?x320 (+ 1.0 ?x720)))
 (let ((?x313 (* 0.0 ?x720)))
 (let ((?x223 (+ ?x313 ?x320)))
 (let ((?x157 (+ ?x313 ?x223)))
 (let ((?x374 (/ ?x178 exp!6)))
 (let ((?x234 (* ?x374 ?x157)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x431 (* ?x114 ?x234)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x243 (/ ?x109 ?x216)))
 (let ((?x717 (* ?x178 ?x243)))
 (let ((?x531 (+ ?x104 ?x717)))
 (let ((?x245 (* ?x374 ?x531)))
 (or (and (distinct ?x245 ?x431) true))))))))))))))))))))))))))))))))
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
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!127) (< exp!5 exp!4)))
(assert
 (= (< log!127 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!259 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!6)))
(assert
 (= (< log!259 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!6)))
(assert
 (= (< log!259 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!6)))
(assert
 (= (< log!259 log!127) (< exp!6 exp!4)))
(assert
 (= (< log!127 log!259) (< exp!4 exp!6)))
(assert
 (= (< log!259 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!259) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!259 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!259)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x178 (/ ?x466 exp!1)))
(let ((?x362 (+ 1.0 ?x178)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x356 (/ ?x55 exp!1)))
(let ((?x216 (+ ?x356 ?x362)))
(=> (> ?x216 0.0) (= exp!6 ?x216)))))))))
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
(declare-fun log!127 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!259 () Real)
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
 (let ((?x150 (/ ?x127 ?x402)))
 (let ((?x290 (- ?x150)))
 (let ((?x343 (+ 1.0 ?x290)))
 (let ((?x332 (* 0.0 ?x290)))
 (let ((?x344 (+ ?x332 ?x343)))
 (let ((?x341 (+ ?x332 ?x344)))
 (let ((?x154 (/ ?x127 exp!5)))
 (let ((?x342 (* ?x154 ?x341)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[0]| ?x98)))
 (let ((?x183 (* ?x114 ?x342)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x325 (/ ?x109 ?x402)))
 (let ((?x326 (* ?x127 ?x325)))
 (let ((?x153 (+ ?x104 ?x326)))
 (let ((?x149 (* ?x154 ?x153)))
 (or (and (distinct ?x149 ?x183) true))))))))))))))))))))))))))))))))
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
 (= (< log!127 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!127) (< exp!1 exp!4)))
(assert
 (= (< log!127 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!127) (< exp!2 exp!4)))
(assert
 (= (< log!127 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!127) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!127 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!127)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!127) (< exp!5 exp!4)))
(assert
 (= (< log!127 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x368 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x127 (/ ?x466 exp!3)))
 (let ((?x390 (+ ?x127 ?x368)))
 (let ((?x402 (+ 1.0 ?x390)))
 (=> (> ?x402 0.0) (= exp!5 ?x402)))))))))
(assert
 (= (< log!259 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!259) (< exp!1 exp!6)))
(assert
 (= (< log!259 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!259) (< exp!2 exp!6)))
(assert
 (= (< log!259 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!259) (< exp!3 exp!6)))
(assert
 (= (< log!259 log!127) (< exp!6 exp!4)))
(assert
 (= (< log!127 log!259) (< exp!4 exp!6)))
(assert
 (= (< log!259 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!259) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!259 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!259)))
(assert
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x178 (/ ?x466 exp!1)))
(let ((?x362 (+ 1.0 ?x178)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x356 (/ ?x55 exp!1)))
(let ((?x216 (+ ?x356 ?x362)))
(=> (> ?x216 0.0) (= exp!6 ?x216)))))))))
(check-sat)
(pop 1)

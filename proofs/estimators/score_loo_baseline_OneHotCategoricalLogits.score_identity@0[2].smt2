; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@0[2]', verdict proved
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
 (let ((?x116 (/ ?x56 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (* 0.0 ?x117)))
 (let ((?x121 (+ ?x117 ?x120)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x113 (/ 1.0 exp!4)))
 (let ((?x123 (* ?x113 ?x122)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x124 (* ?x115 ?x123)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x56 ?x110)))
 (let ((?x112 (+ ?x105 ?x111)))
 (let ((?x114 (* ?x113 ?x112)))
 (or (and (distinct ?x114 ?x124) true)))))))))))))))))))))))))))))))
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
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let ((?x156 (/ 1.0 ?x394)))
 (let ((?x151 (- ?x156)))
 (let ((?x181 (* 0.0 ?x151)))
 (let ((?x182 (+ ?x151 ?x181)))
 (let ((?x152 (+ 1.0 ?x151)))
 (let ((?x178 (* 0.0 ?x152)))
 (let ((?x168 (+ ?x178 ?x182)))
 (let ((?x318 (/ ?x466 exp!5)))
 (let ((?x169 (* ?x318 ?x168)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x282 (* ?x115 ?x169)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x320 (/ ?x109 ?x394)))
 (let ((?x317 (+ ?x105 ?x320)))
 (let ((?x155 (* ?x318 ?x317)))
 (or (and (distinct ?x155 ?x282) true)))))))))))))))))))))))))))))))
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
(let ((?x129 (/ ?x9 exp!3)))
(let ((?x466 (/ (* 1.0 exp!2) exp!3)))
(let ((?x382 (+ ?x466 ?x129)))
(let ((?x394 (+ 1.0 ?x382)))
(=> (> ?x394 0.0) (= exp!5 ?x394))))))))
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
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (< 0.0 ?x413))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (let (($x355 (= 0.0 ?x413)))
 (not $x355)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (let (($x355 (= 0.0 ?x413)))
 (not $x355)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (let (($x355 (= 0.0 ?x413)))
 (not $x355)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (< 0.0 ?x413))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (let (($x355 (= 0.0 ?x413)))
 (not $x355)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (let (($x355 (= 0.0 ?x413)))
 (not $x355)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x161 (/ ?x359 exp!1)))
 (let ((?x334 (+ 1.0 ?x161)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x415 (/ ?x55 exp!1)))
 (let ((?x413 (+ ?x415 ?x334)))
 (let ((?x500 (/ ?x415 ?x413)))
 (let ((?x715 (- ?x500)))
 (let ((?x137 (* 0.0 ?x715)))
 (let ((?x135 (+ ?x715 ?x137)))
 (let ((?x444 (+ 1.0 ?x715)))
 (let ((?x447 (* 0.0 ?x444)))
 (let ((?x159 (+ ?x447 ?x135)))
 (let ((?x425 (/ ?x161 exp!6)))
 (let ((?x402 (* ?x425 ?x159)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x492 (* ?x115 ?x402)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x428 (/ ?x109 ?x413)))
 (let ((?x289 (* ?x415 ?x428)))
 (let ((?x273 (+ ?x105 ?x289)))
 (let ((?x407 (* ?x425 ?x273)))
 (or (and (distinct ?x407 ?x492) true)))))))))))))))))))))))))))))))))
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
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
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
 (let ((?x359 (* 1.0 exp!2)))
(let ((?x161 (/ ?x359 exp!1)))
(let ((?x334 (+ 1.0 ?x161)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x415 (/ ?x55 exp!1)))
(let ((?x413 (+ ?x415 ?x334)))
(=> (> ?x413 0.0) (= exp!6 ?x413)))))))))
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
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (let ((?x156 (/ 1.0 ?x394)))
 (let ((?x151 (- ?x156)))
 (let ((?x181 (* 0.0 ?x151)))
 (let ((?x182 (+ ?x151 ?x181)))
 (let ((?x152 (+ 1.0 ?x151)))
 (let ((?x178 (* 0.0 ?x152)))
 (let ((?x168 (+ ?x178 ?x182)))
 (let ((?x318 (/ ?x466 exp!5)))
 (let ((?x169 (* ?x318 ?x168)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x282 (* ?x115 ?x169)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x320 (/ ?x109 ?x394)))
 (let ((?x317 (+ ?x105 ?x320)))
 (let ((?x155 (* ?x318 ?x317)))
 (or (and (distinct ?x155 ?x282) true))))))))))))))))))))))))))))))))
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
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
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
 (let ((?x359 (* 1.0 exp!2)))
(let ((?x161 (/ ?x359 exp!1)))
(let ((?x334 (+ 1.0 ?x161)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x415 (/ ?x55 exp!1)))
(let ((?x413 (+ ?x415 ?x334)))
(=> (> ?x413 0.0) (= exp!6 ?x413)))))))))
(check-sat)
(pop 1)

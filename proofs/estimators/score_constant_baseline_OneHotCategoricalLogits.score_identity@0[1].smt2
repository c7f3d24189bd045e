; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'score_identity@0[1]', verdict proved
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
(declare-fun log!149 () Real)
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
 (let ((?x116 (/ ?x36 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (+ 1.0 ?x117)))
 (let ((?x120 (* 0.0 ?x119)))
 (let ((?x121 (+ ?x117 ?x120)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
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
 (let ((?x111 (* ?x36 ?x110)))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
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
(declare-fun log!149 () Real)
(declare-fun log!214 () Real)
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
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x466 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let ((?x314 (/ ?x129 ?x394)))
 (let ((?x163 (- ?x314)))
 (let ((?x242 (+ 1.0 ?x163)))
 (let ((?x243 (* 0.0 ?x242)))
 (let ((?x253 (+ ?x163 ?x243)))
 (let ((?x166 (* 0.0 ?x163)))
 (let ((?x254 (+ ?x166 ?x253)))
 (let ((?x316 (/ ?x466 exp!5)))
 (let ((?x251 (* ?x316 ?x254)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x252 (* ?x115 ?x251)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x191 (/ ?x109 ?x394)))
 (let ((?x188 (* ?x129 ?x191)))
 (let ((?x194 (+ ?x105 ?x188)))
 (let ((?x313 (* ?x316 ?x194)))
 (or (and (distinct ?x313 ?x252) true))))))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x129 (/ ?x9 exp!3)))
(let ((?x466 (/ (* 1.0 exp!2) exp!3)))
(let ((?x359 (+ ?x466 ?x129)))
(let ((?x394 (+ 1.0 ?x359)))
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
(declare-fun log!149 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!214 () Real)
(declare-fun log!281 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (< 0.0 ?x326))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (let (($x170 (= 0.0 ?x326)))
 (not $x170)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (let (($x170 (= 0.0 ?x326)))
 (not $x170)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (let (($x170 (= 0.0 ?x326)))
 (not $x170)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (< 0.0 ?x326))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (let (($x170 (= 0.0 ?x326)))
 (not $x170)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (let (($x170 (= 0.0 ?x326)))
 (not $x170)))))))))
(assert
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x305 (/ ?x382 exp!1)))
 (let ((?x344 (+ 1.0 ?x305)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x480 (/ ?x55 exp!1)))
 (let ((?x326 (+ ?x480 ?x344)))
 (let ((?x222 (/ 1.0 ?x326)))
 (let ((?x330 (- ?x222)))
 (let ((?x227 (+ 1.0 ?x330)))
 (let ((?x584 (* 0.0 ?x227)))
 (let ((?x215 (+ ?x330 ?x584)))
 (let ((?x715 (* 0.0 ?x330)))
 (let ((?x224 (+ ?x715 ?x215)))
 (let ((?x445 (/ ?x305 exp!6)))
 (let ((?x392 (* ?x445 ?x224)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x400 (* ?x115 ?x392)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x503 (/ ?x109 ?x326)))
 (let ((?x421 (+ ?x105 ?x503)))
 (let ((?x276 (* ?x445 ?x421)))
 (or (and (distinct ?x276 ?x400) true))))))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
(assert
 (= (< log!281 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!281) (< exp!1 exp!6)))
(assert
 (= (< log!281 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!281) (< exp!2 exp!6)))
(assert
 (= (< log!281 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!281) (< exp!3 exp!6)))
(assert
 (= (< log!281 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!281) (< exp!4 exp!6)))
(assert
 (= (< log!281 log!214) (< exp!6 exp!5)))
(assert
 (= (< log!214 log!281) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!281 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!281)))
(assert
 (let ((?x382 (* 1.0 exp!2)))
(let ((?x305 (/ ?x382 exp!1)))
(let ((?x344 (+ 1.0 ?x305)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x480 (/ ?x55 exp!1)))
(let ((?x326 (+ ?x480 ?x344)))
(=> (> ?x326 0.0) (= exp!6 ?x326)))))))))
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
(declare-fun log!149 () Real)
(declare-fun log!214 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!281 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let (($x146 (= 0.0 ?x394)))
 (not $x146)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (let ((?x314 (/ ?x129 ?x394)))
 (let ((?x163 (- ?x314)))
 (let ((?x242 (+ 1.0 ?x163)))
 (let ((?x243 (* 0.0 ?x242)))
 (let ((?x253 (+ ?x163 ?x243)))
 (let ((?x166 (* 0.0 ?x163)))
 (let ((?x254 (+ ?x166 ?x253)))
 (let ((?x316 (/ ?x466 exp!5)))
 (let ((?x251 (* ?x316 ?x254)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x252 (* ?x115 ?x251)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x191 (/ ?x109 ?x394)))
 (let ((?x188 (* ?x129 ?x191)))
 (let ((?x194 (+ ?x105 ?x188)))
 (let ((?x313 (* ?x316 ?x194)))
 (or (and (distinct ?x313 ?x252) true)))))))))))))))))))))))))))))))))
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
 (= (< log!149 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!149) (< exp!1 exp!4)))
(assert
 (= (< log!149 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!149) (< exp!2 exp!4)))
(assert
 (= (< log!149 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!149) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!149 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!149)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!214 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!214) (< exp!1 exp!5)))
(assert
 (= (< log!214 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!214) (< exp!2 exp!5)))
(assert
 (= (< log!214 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!214) (< exp!3 exp!5)))
(assert
 (= (< log!214 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!214) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!214 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!214)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x382 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x382 exp!3)))
 (let ((?x359 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x359)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
(assert
 (= (< log!281 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!281) (< exp!1 exp!6)))
(assert
 (= (< log!281 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!281) (< exp!2 exp!6)))
(assert
 (= (< log!281 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!281) (< exp!3 exp!6)))
(assert
 (= (< log!281 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!281) (< exp!4 exp!6)))
(assert
 (= (< log!281 log!214) (< exp!6 exp!5)))
(assert
 (= (< log!214 log!281) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!281 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!281)))
(assert
 (let ((?x382 (* 1.0 exp!2)))
(let ((?x305 (/ ?x382 exp!1)))
(let ((?x344 (+ 1.0 ?x305)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x480 (/ ?x55 exp!1)))
(let ((?x326 (+ ?x480 ?x344)))
(=> (> ?x326 0.0) (= exp!6 ?x326)))))))))
(check-sat)
(pop 1)

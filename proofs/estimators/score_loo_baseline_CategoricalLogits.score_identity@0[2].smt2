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
(declare-fun log!116 () Real)
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
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
(declare-fun log!116 () Real)
(declare-fun log!181 () Real)
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
 (let ((?x324 (* 0.0 ?x151)))
 (let ((?x325 (+ ?x151 ?x324)))
 (let ((?x152 (+ 1.0 ?x151)))
 (let ((?x282 (* 0.0 ?x152)))
 (let ((?x326 (+ ?x282 ?x325)))
 (let ((?x318 (/ ?x466 exp!5)))
 (let ((?x322 (* ?x318 ?x326)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x323 (* ?x115 ?x322)))
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
 (or (and (distinct ?x155 ?x323) true)))))))))))))))))))))))))))))))
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!181 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!181) (< exp!1 exp!5)))
(assert
 (= (< log!181 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!181) (< exp!2 exp!5)))
(assert
 (= (< log!181 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!181) (< exp!3 exp!5)))
(assert
 (= (< log!181 log!116) (< exp!5 exp!4)))
(assert
 (= (< log!116 log!181) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!181 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!181)))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!181 () Real)
(declare-fun log!248 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (< 0.0 ?x272))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (let (($x161 (= 0.0 ?x272)))
 (not $x161)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (let (($x161 (= 0.0 ?x272)))
 (not $x161)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (let (($x161 (= 0.0 ?x272)))
 (not $x161)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (< 0.0 ?x272))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (let (($x161 (= 0.0 ?x272)))
 (not $x161)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (let (($x161 (= 0.0 ?x272)))
 (not $x161)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x136 (/ ?x359 exp!1)))
 (let ((?x420 (+ 1.0 ?x136)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x379 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x379 ?x420)))
 (let ((?x380 (/ ?x379 ?x272)))
 (let ((?x718 (- ?x380)))
 (let ((?x140 (* 0.0 ?x718)))
 (let ((?x369 (+ ?x718 ?x140)))
 (let ((?x402 (+ 1.0 ?x718)))
 (let ((?x707 (* 0.0 ?x402)))
 (let ((?x228 (+ ?x707 ?x369)))
 (let ((?x499 (/ ?x136 exp!6)))
 (let ((?x145 (* ?x499 ?x228)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x385 (* ?x115 ?x145)))
 (let ((?x103 (* |f[0]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x372 (/ ?x109 ?x272)))
 (let ((?x591 (* ?x379 ?x372)))
 (let ((?x214 (+ ?x105 ?x591)))
 (let ((?x444 (* ?x499 ?x214)))
 (or (and (distinct ?x444 ?x385) true)))))))))))))))))))))))))))))))))
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!181 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!181) (< exp!1 exp!5)))
(assert
 (= (< log!181 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!181) (< exp!2 exp!5)))
(assert
 (= (< log!181 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!181) (< exp!3 exp!5)))
(assert
 (= (< log!181 log!116) (< exp!5 exp!4)))
(assert
 (= (< log!116 log!181) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!181 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!181)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
(assert
 (= (< log!248 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!248) (< exp!1 exp!6)))
(assert
 (= (< log!248 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!248) (< exp!2 exp!6)))
(assert
 (= (< log!248 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!248) (< exp!3 exp!6)))
(assert
 (= (< log!248 log!116) (< exp!6 exp!4)))
(assert
 (= (< log!116 log!248) (< exp!4 exp!6)))
(assert
 (= (< log!248 log!181) (< exp!6 exp!5)))
(assert
 (= (< log!181 log!248) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!248 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!248)))
(assert
 (let ((?x359 (* 1.0 exp!2)))
(let ((?x136 (/ ?x359 exp!1)))
(let ((?x420 (+ 1.0 ?x136)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x379 (/ ?x55 exp!1)))
(let ((?x272 (+ ?x379 ?x420)))
(=> (> ?x272 0.0) (= exp!6 ?x272)))))))))
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
(declare-fun log!116 () Real)
(declare-fun log!181 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!248 () Real)
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
 (let ((?x324 (* 0.0 ?x151)))
 (let ((?x325 (+ ?x151 ?x324)))
 (let ((?x152 (+ 1.0 ?x151)))
 (let ((?x282 (* 0.0 ?x152)))
 (let ((?x326 (+ ?x282 ?x325)))
 (let ((?x318 (/ ?x466 exp!5)))
 (let ((?x322 (* ?x318 ?x326)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[0]| ?x98)))
 (let ((?x323 (* ?x115 ?x322)))
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
 (or (and (distinct ?x155 ?x323) true))))))))))))))))))))))))))))))))
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
 (= (< log!116 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!116) (< exp!1 exp!4)))
(assert
 (= (< log!116 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!116) (< exp!2 exp!4)))
(assert
 (= (< log!116 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!116) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!116 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!116)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!181 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!181) (< exp!1 exp!5)))
(assert
 (= (< log!181 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!181) (< exp!2 exp!5)))
(assert
 (= (< log!181 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!181) (< exp!3 exp!5)))
(assert
 (= (< log!181 log!116) (< exp!5 exp!4)))
(assert
 (= (< log!116 log!181) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!181 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!181)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x129 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x466 (/ ?x359 exp!3)))
 (let ((?x382 (+ ?x466 ?x129)))
 (let ((?x394 (+ 1.0 ?x382)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
(assert
 (= (< log!248 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!248) (< exp!1 exp!6)))
(assert
 (= (< log!248 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!248) (< exp!2 exp!6)))
(assert
 (= (< log!248 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!248) (< exp!3 exp!6)))
(assert
 (= (< log!248 log!116) (< exp!6 exp!4)))
(assert
 (= (< log!116 log!248) (< exp!4 exp!6)))
(assert
 (= (< log!248 log!181) (< exp!6 exp!5)))
(assert
 (= (< log!181 log!248) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!248 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!248)))
(assert
 (let ((?x359 (* 1.0 exp!2)))
(let ((?x136 (/ ?x359 exp!1)))
(let ((?x420 (+ 1.0 ?x136)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x379 (/ ?x55 exp!1)))
(let ((?x272 (+ ?x379 ?x420)))
(=> (> ?x272 0.0) (= exp!6 ?x272)))))))))
(check-sat)
(pop 1)

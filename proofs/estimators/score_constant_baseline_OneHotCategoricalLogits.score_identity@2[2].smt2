; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x165 (/ 1.0 ?x407)))
 (let ((?x152 (- ?x165)))
 (let ((?x154 (* 0.0 ?x152)))
 (let ((?x155 (+ ?x154 ?x154)))
 (let ((?x153 (+ 1.0 ?x152)))
 (let ((?x240 (+ ?x153 ?x155)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x264 ?x240)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x146 (* ?x115 ?x241)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x266 (/ ?x109 ?x407)))
 (let ((?x263 (+ ?x104 ?x266)))
 (let ((?x162 (* ?x264 ?x263)))
 (or (and (distinct ?x162 ?x146) true))))))))))))))))))))))))))))))
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
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (< 0.0 ?x180))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (let (($x320 (= 0.0 ?x180)))
 (not $x320)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (let (($x320 (= 0.0 ?x180)))
 (not $x320)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (let (($x320 (= 0.0 ?x180)))
 (not $x320)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (< 0.0 ?x180))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (let (($x320 (= 0.0 ?x180)))
 (not $x320)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (let (($x320 (= 0.0 ?x180)))
 (not $x320)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x297 (/ ?x372 exp!1)))
 (let ((?x439 (+ 1.0 ?x297)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x454 (/ ?x55 exp!1)))
 (let ((?x180 (+ ?x454 ?x439)))
 (let ((?x207 (/ ?x454 ?x180)))
 (let ((?x717 (- ?x207)))
 (let ((?x590 (* 0.0 ?x717)))
 (let ((?x451 (+ ?x590 ?x590)))
 (let ((?x206 (+ 1.0 ?x717)))
 (let ((?x518 (+ ?x206 ?x451)))
 (let ((?x216 (/ ?x454 exp!6)))
 (let ((?x435 (* ?x216 ?x518)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x430 (* ?x115 ?x435)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x164 (/ ?x109 ?x180)))
 (let ((?x494 (* ?x454 ?x164)))
 (let ((?x170 (+ ?x104 ?x494)))
 (let ((?x459 (* ?x216 ?x170)))
 (or (and (distinct ?x459 ?x430) true))))))))))))))))))))))))))))))))
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
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
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
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x297 (/ ?x372 exp!1)))
(let ((?x439 (+ 1.0 ?x297)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x454 (/ ?x55 exp!1)))
(let ((?x180 (+ ?x454 ?x439)))
(=> (> ?x180 0.0) (= exp!6 ?x180)))))))))
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
 (let ((?x165 (/ 1.0 ?x407)))
 (let ((?x152 (- ?x165)))
 (let ((?x154 (* 0.0 ?x152)))
 (let ((?x155 (+ ?x154 ?x154)))
 (let ((?x153 (+ 1.0 ?x152)))
 (let ((?x240 (+ ?x153 ?x155)))
 (let ((?x264 (/ 1.0 exp!5)))
 (let ((?x241 (* ?x264 ?x240)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x146 (* ?x115 ?x241)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x266 (/ ?x109 ?x407)))
 (let ((?x263 (+ ?x104 ?x266)))
 (let ((?x162 (* ?x264 ?x263)))
 (or (and (distinct ?x162 ?x146) true)))))))))))))))))))))))))))))))
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
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
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
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x297 (/ ?x372 exp!1)))
(let ((?x439 (+ 1.0 ?x297)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x454 (/ ?x55 exp!1)))
(let ((?x180 (+ ?x454 ?x439)))
(=> (> ?x180 0.0) (= exp!6 ?x180)))))))))
(check-sat)
(pop 1)

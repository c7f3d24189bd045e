; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun |f[1]| () Real)
(declare-fun log!150 () Real)
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
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (+ ?x118 ?x119)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x113 (/ ?x36 exp!4)))
 (let ((?x122 (* ?x113 ?x121)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x123 (* ?x115 ?x122)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (* ?x36 ?x110)))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
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
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!215 () Real)
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
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x472 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let ((?x264 (/ ?x128 ?x407)))
 (let ((?x152 (- ?x264)))
 (let ((?x276 (+ 1.0 ?x152)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x270 (+ ?x153 ?x276)))
 (let ((?x280 (+ ?x153 ?x270)))
 (let ((?x266 (/ ?x128 exp!5)))
 (let ((?x282 (* ?x266 ?x280)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x321 (* ?x115 ?x282)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x254 (/ ?x109 ?x407)))
 (let ((?x255 (* ?x128 ?x254)))
 (let ((?x265 (+ ?x104 ?x255)))
 (let ((?x263 (* ?x266 ?x265)))
 (or (and (distinct ?x263 ?x321) true)))))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x128 (/ ?x9 exp!3)))
(let ((?x472 (/ (* 1.0 exp!2) exp!3)))
(let ((?x372 (+ ?x472 ?x128)))
(let ((?x407 (+ 1.0 ?x372)))
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
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!215 () Real)
(declare-fun log!282 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (< 0.0 ?x286))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (let (($x193 (= 0.0 ?x286)))
 (not $x193)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (let (($x193 (= 0.0 ?x286)))
 (not $x193)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (let (($x193 (= 0.0 ?x286)))
 (not $x193)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (< 0.0 ?x286))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (let (($x193 (= 0.0 ?x286)))
 (not $x193)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (let (($x193 (= 0.0 ?x286)))
 (not $x193)))))))))
(assert
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x717 (/ ?x394 exp!1)))
 (let ((?x352 (+ 1.0 ?x717)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x728 (/ ?x55 exp!1)))
 (let ((?x286 (+ ?x728 ?x352)))
 (let ((?x241 (/ 1.0 ?x286)))
 (let ((?x322 (- ?x241)))
 (let ((?x194 (+ 1.0 ?x322)))
 (let ((?x726 (* 0.0 ?x322)))
 (let ((?x232 (+ ?x726 ?x194)))
 (let ((?x345 (+ ?x726 ?x232)))
 (let ((?x343 (/ 1.0 exp!6)))
 (let ((?x346 (* ?x343 ?x345)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x493 (* ?x115 ?x346)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x240 (/ ?x109 ?x286)))
 (let ((?x496 (+ ?x104 ?x240)))
 (let ((?x425 (* ?x343 ?x496)))
 (or (and (distinct ?x425 ?x493) true)))))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!282 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!282) (< exp!1 exp!6)))
(assert
 (= (< log!282 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!282) (< exp!2 exp!6)))
(assert
 (= (< log!282 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!282) (< exp!3 exp!6)))
(assert
 (= (< log!282 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!282) (< exp!4 exp!6)))
(assert
 (= (< log!282 log!215) (< exp!6 exp!5)))
(assert
 (= (< log!215 log!282) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!282 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!282)))
(assert
 (let ((?x394 (* 1.0 exp!2)))
(let ((?x717 (/ ?x394 exp!1)))
(let ((?x352 (+ 1.0 ?x717)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x728 (/ ?x55 exp!1)))
(let ((?x286 (+ ?x728 ?x352)))
(=> (> ?x286 0.0) (= exp!6 ?x286)))))))))
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
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!215 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!282 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (< 0.0 ?x407))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let (($x145 (= 0.0 ?x407)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (let ((?x264 (/ ?x128 ?x407)))
 (let ((?x152 (- ?x264)))
 (let ((?x276 (+ 1.0 ?x152)))
 (let ((?x153 (* 0.0 ?x152)))
 (let ((?x270 (+ ?x153 ?x276)))
 (let ((?x280 (+ ?x153 ?x270)))
 (let ((?x266 (/ ?x128 exp!5)))
 (let ((?x282 (* ?x266 ?x280)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[1]| ?x98)))
 (let ((?x321 (* ?x115 ?x282)))
 (let ((?x103 (* |f[1]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x107 (- ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x254 (/ ?x109 ?x407)))
 (let ((?x255 (* ?x128 ?x254)))
 (let ((?x265 (+ ?x104 ?x255)))
 (let ((?x263 (* ?x266 ?x265)))
 (or (and (distinct ?x263 ?x321) true))))))))))))))))))))))))))))))))
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
 (= (< log!150 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!150) (< exp!1 exp!4)))
(assert
 (= (< log!150 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!150) (< exp!2 exp!4)))
(assert
 (= (< log!150 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!150) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!150 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!150)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!215 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!215) (< exp!1 exp!5)))
(assert
 (= (< log!215 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!215) (< exp!2 exp!5)))
(assert
 (= (< log!215 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!215) (< exp!3 exp!5)))
(assert
 (= (< log!215 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!215) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!215 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!215)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x394 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x394 exp!3)))
 (let ((?x372 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x372)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!282 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!282) (< exp!1 exp!6)))
(assert
 (= (< log!282 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!282) (< exp!2 exp!6)))
(assert
 (= (< log!282 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!282) (< exp!3 exp!6)))
(assert
 (= (< log!282 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!282) (< exp!4 exp!6)))
(assert
 (= (< log!282 log!215) (< exp!6 exp!5)))
(assert
 (= (< log!215 log!282) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!282 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!282)))
(assert
 (let ((?x394 (* 1.0 exp!2)))
(let ((?x717 (/ ?x394 exp!1)))
(let ((?x352 (+ 1.0 ?x717)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x728 (/ ?x55 exp!1)))
(let ((?x286 (+ ?x728 ?x352)))
(=> (> ?x286 0.0) (= exp!6 ?x286)))))))))
(check-sat)
(pop 1)

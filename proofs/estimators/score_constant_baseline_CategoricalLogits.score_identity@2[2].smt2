; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun log!114 () Real)
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
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
(declare-fun log!114 () Real)
(declare-fun log!179 () Real)
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
 (let ((?x152 (/ 1.0 ?x407)))
 (let ((?x153 (- ?x152)))
 (let ((?x270 (* 0.0 ?x153)))
 (let ((?x280 (+ ?x270 ?x270)))
 (let ((?x276 (+ 1.0 ?x153)))
 (let ((?x282 (+ ?x276 ?x280)))
 (let ((?x263 (/ 1.0 exp!5)))
 (let ((?x300 (* ?x263 ?x282)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x321 (* ?x115 ?x300)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x265 (/ ?x109 ?x407)))
 (let ((?x266 (+ ?x104 ?x265)))
 (let ((?x264 (* ?x263 ?x266)))
 (or (and (distinct ?x264 ?x321) true))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
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
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!179 () Real)
(declare-fun log!246 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (< 0.0 ?x385))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (let (($x194 (= 0.0 ?x385)))
 (not $x194)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (let (($x194 (= 0.0 ?x385)))
 (not $x194)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (let (($x194 (= 0.0 ?x385)))
 (not $x194)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (< 0.0 ?x385))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (let (($x194 (= 0.0 ?x385)))
 (not $x194)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (let (($x194 (= 0.0 ?x385)))
 (not $x194)))))))))
(assert
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x313 (/ ?x372 exp!1)))
 (let ((?x303 (+ 1.0 ?x313)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x436 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x436 ?x303)))
 (let ((?x147 (/ ?x436 ?x385)))
 (let ((?x716 (- ?x147)))
 (let ((?x268 (* 0.0 ?x716)))
 (let ((?x526 (+ ?x268 ?x268)))
 (let ((?x302 (+ 1.0 ?x716)))
 (let ((?x522 (+ ?x302 ?x526)))
 (let ((?x426 (/ ?x436 exp!6)))
 (let ((?x209 (* ?x426 ?x522)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x208 (* ?x115 ?x209)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x262 (/ ?x109 ?x385)))
 (let ((?x310 (* ?x436 ?x262)))
 (let ((?x419 (+ ?x104 ?x310)))
 (let ((?x541 (* ?x426 ?x419)))
 (or (and (distinct ?x541 ?x208) true))))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!246 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!246) (< exp!1 exp!6)))
(assert
 (= (< log!246 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!246) (< exp!2 exp!6)))
(assert
 (= (< log!246 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!246) (< exp!3 exp!6)))
(assert
 (= (< log!246 log!114) (< exp!6 exp!4)))
(assert
 (= (< log!114 log!246) (< exp!4 exp!6)))
(assert
 (= (< log!246 log!179) (< exp!6 exp!5)))
(assert
 (= (< log!179 log!246) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!246 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!246)))
(assert
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x313 (/ ?x372 exp!1)))
(let ((?x303 (+ 1.0 ?x313)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x436 (/ ?x55 exp!1)))
(let ((?x385 (+ ?x436 ?x303)))
(=> (> ?x385 0.0) (= exp!6 ?x385)))))))))
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
(declare-fun log!114 () Real)
(declare-fun log!179 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!246 () Real)
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
 (let ((?x152 (/ 1.0 ?x407)))
 (let ((?x153 (- ?x152)))
 (let ((?x270 (* 0.0 ?x153)))
 (let ((?x280 (+ ?x270 ?x270)))
 (let ((?x276 (+ 1.0 ?x153)))
 (let ((?x282 (+ ?x276 ?x280)))
 (let ((?x263 (/ 1.0 exp!5)))
 (let ((?x300 (* ?x263 ?x282)))
 (let ((?x98 (- b)))
 (let ((?x115 (+ |f[2]| ?x98)))
 (let ((?x321 (* ?x115 ?x300)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x106 (* 0.0 ?x104)))
 (let ((?x107 (- ?x106)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x105 (- ?x104)))
 (let ((?x109 (+ ?x105 ?x108)))
 (let ((?x265 (/ ?x109 ?x407)))
 (let ((?x266 (+ ?x104 ?x265)))
 (let ((?x264 (* ?x263 ?x266)))
 (or (and (distinct ?x264 ?x321) true)))))))))))))))))))))))))))))))
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
 (= (< log!114 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!114) (< exp!1 exp!4)))
(assert
 (= (< log!114 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!114) (< exp!2 exp!4)))
(assert
 (= (< log!114 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!114) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!114 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!114)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!179 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!179) (< exp!1 exp!5)))
(assert
 (= (< log!179 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!179) (< exp!2 exp!5)))
(assert
 (= (< log!179 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!179) (< exp!3 exp!5)))
(assert
 (= (< log!179 log!114) (< exp!5 exp!4)))
(assert
 (= (< log!114 log!179) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!179 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!179)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x128 (/ ?x9 exp!3)))
 (let ((?x372 (* 1.0 exp!2)))
 (let ((?x472 (/ ?x372 exp!3)))
 (let ((?x394 (+ ?x472 ?x128)))
 (let ((?x407 (+ 1.0 ?x394)))
 (=> (> ?x407 0.0) (= exp!5 ?x407)))))))))
(assert
 (= (< log!246 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!246) (< exp!1 exp!6)))
(assert
 (= (< log!246 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!246) (< exp!2 exp!6)))
(assert
 (= (< log!246 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!246) (< exp!3 exp!6)))
(assert
 (= (< log!246 log!114) (< exp!6 exp!4)))
(assert
 (= (< log!114 log!246) (< exp!4 exp!6)))
(assert
 (= (< log!246 log!179) (< exp!6 exp!5)))
(assert
 (= (< log!179 log!246) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!246 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!246)))
(assert
 (let ((?x372 (* 1.0 exp!2)))
(let ((?x313 (/ ?x372 exp!1)))
(let ((?x303 (+ 1.0 ?x313)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x436 (/ ?x55 exp!1)))
(let ((?x385 (+ ?x436 ?x303)))
(=> (> ?x385 0.0) (= exp!6 ?x385)))))))))
(check-sat)
(pop 1)

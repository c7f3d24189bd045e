; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
 (let ((?x115 (/ 1.0 ?x57)))
 (let ((?x116 (- ?x115)))
 (let ((?x119 (* 0.0 ?x116)))
 (let ((?x117 (+ 1.0 ?x116)))
 (let ((?x118 (* 0.0 ?x117)))
 (let ((?x120 (+ ?x118 ?x119)))
 (let ((?x121 (+ ?x116 ?x120)))
 (let ((?x112 (/ ?x56 exp!4)))
 (let ((?x122 (* ?x112 ?x121)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[2]| ?x98)))
 (let ((?x123 (* ?x114 ?x122)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x110 (/ ?x109 ?x57)))
 (let ((?x111 (+ ?x105 ?x110)))
 (let ((?x113 (* ?x112 ?x111)))
 (or (and (distinct ?x113 ?x123) true))))))))))))))))))))))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x128 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let ((?x263 (/ ?x128 ?x394)))
 (let ((?x257 (- ?x263)))
 (let ((?x308 (* 0.0 ?x257)))
 (let ((?x267 (+ 1.0 ?x257)))
 (let ((?x269 (* 0.0 ?x267)))
 (let ((?x318 (+ ?x269 ?x308)))
 (let ((?x319 (+ ?x257 ?x318)))
 (let ((?x152 (/ 1.0 exp!5)))
 (let ((?x316 (* ?x152 ?x319)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[2]| ?x98)))
 (let ((?x317 (* ?x114 ?x316)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x253 (/ ?x109 ?x394)))
 (let ((?x250 (* ?x128 ?x253)))
 (let ((?x251 (+ ?x105 ?x250)))
 (let ((?x153 (* ?x152 ?x251)))
 (or (and (distinct ?x153 ?x317) true))))))))))))))))))))))))))))))))
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
(let ((?x376 (/ ?x9 exp!3)))
(let ((?x128 (/ (* 1.0 exp!2) exp!3)))
(let ((?x381 (+ ?x128 ?x376)))
(let ((?x394 (+ 1.0 ?x381)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (< 0.0 ?x131))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (let (($x510 (= 0.0 ?x131)))
 (not $x510)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (let (($x510 (= 0.0 ?x131)))
 (not $x510)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (let (($x510 (= 0.0 ?x131)))
 (not $x510)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (< 0.0 ?x131))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (let (($x510 (= 0.0 ?x131)))
 (not $x510)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (let (($x510 (= 0.0 ?x131)))
 (not $x510)))))))))
(assert
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x702 (/ ?x466 exp!1)))
 (let ((?x486 (+ 1.0 ?x702)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x711 (/ ?x55 exp!1)))
 (let ((?x131 (+ ?x711 ?x486)))
 (let ((?x435 (/ ?x702 ?x131)))
 (let ((?x713 (- ?x435)))
 (let ((?x367 (* 0.0 ?x713)))
 (let ((?x515 (+ 1.0 ?x713)))
 (let ((?x411 (* 0.0 ?x515)))
 (let ((?x359 (+ ?x411 ?x367)))
 (let ((?x228 (+ ?x713 ?x359)))
 (let ((?x284 (/ ?x711 exp!6)))
 (let ((?x508 (* ?x284 ?x228)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[2]| ?x98)))
 (let ((?x415 (* ?x114 ?x508)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x205 (/ ?x109 ?x131)))
 (let ((?x366 (* ?x702 ?x205)))
 (let ((?x361 (+ ?x105 ?x366)))
 (let ((?x243 (* ?x284 ?x361)))
 (or (and (distinct ?x243 ?x415) true)))))))))))))))))))))))))))))))))
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
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
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x702 (/ ?x466 exp!1)))
(let ((?x486 (+ 1.0 ?x702)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x711 (/ ?x55 exp!1)))
(let ((?x131 (+ ?x711 ?x486)))
(=> (> ?x131 0.0) (= exp!6 ?x131)))))))))
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (< 0.0 ?x394))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let (($x145 (= 0.0 ?x394)))
 (not $x145)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (let ((?x263 (/ ?x128 ?x394)))
 (let ((?x257 (- ?x263)))
 (let ((?x308 (* 0.0 ?x257)))
 (let ((?x267 (+ 1.0 ?x257)))
 (let ((?x269 (* 0.0 ?x267)))
 (let ((?x318 (+ ?x269 ?x308)))
 (let ((?x319 (+ ?x257 ?x318)))
 (let ((?x152 (/ 1.0 exp!5)))
 (let ((?x316 (* ?x152 ?x319)))
 (let ((?x98 (- b)))
 (let ((?x114 (+ |f[2]| ?x98)))
 (let ((?x317 (* ?x114 ?x316)))
 (let ((?x103 (* |f[2]| 1.0)))
 (let ((?x101 (* ?x98 1.0)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (- ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (- ?x104)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x253 (/ ?x109 ?x394)))
 (let ((?x250 (* ?x128 ?x253)))
 (let ((?x251 (+ ?x105 ?x250)))
 (let ((?x153 (* ?x152 ?x251)))
 (or (and (distinct ?x153 ?x317) true)))))))))))))))))))))))))))))))))
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
 (let ((?x376 (/ ?x9 exp!3)))
 (let ((?x466 (* 1.0 exp!2)))
 (let ((?x128 (/ ?x466 exp!3)))
 (let ((?x381 (+ ?x128 ?x376)))
 (let ((?x394 (+ 1.0 ?x381)))
 (=> (> ?x394 0.0) (= exp!5 ?x394)))))))))
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
 (let ((?x466 (* 1.0 exp!2)))
(let ((?x702 (/ ?x466 exp!1)))
(let ((?x486 (+ 1.0 ?x702)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x711 (/ ?x55 exp!1)))
(let ((?x131 (+ ?x711 ?x486)))
(=> (> ?x131 0.0) (= exp!6 ?x131)))))))))
(check-sat)
(pop 1)

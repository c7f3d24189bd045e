; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[1]', verdict proved
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
(declare-fun |f[0]| () Real)
(declare-fun log!111 () Real)
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
 (let ((?x113 (/ ?x36 ?x57)))
 (let ((?x114 (- ?x113)))
 (let ((?x116 (+ 1.0 ?x114)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x119 (+ ?x115 ?x118)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x120 (* ?x111 ?x119)))
 (let ((?x121 (* |f[0]| ?x120)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (* ?x36 ?x108)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x112 (* ?x111 ?x110)))
 (or (and (distinct ?x112 ?x121) true)))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let ((?x302 (/ ?x126 ?x370)))
 (let ((?x150 (- ?x302)))
 (let ((?x245 (+ 1.0 ?x150)))
 (let ((?x239 (* 0.0 ?x245)))
 (let ((?x249 (+ ?x150 ?x239)))
 (let ((?x151 (* 0.0 ?x150)))
 (let ((?x251 (+ ?x151 ?x249)))
 (let ((?x290 (/ ?x446 exp!5)))
 (let ((?x174 (* ?x290 ?x251)))
 (let ((?x175 (* |f[0]| ?x174)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x285 (/ ?x107 ?x370)))
 (let ((?x296 (* ?x126 ?x285)))
 (let ((?x269 (+ ?x103 ?x296)))
 (let ((?x300 (* ?x290 ?x269)))
 (or (and (distinct ?x300 ?x175) true))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x126 (/ ?x9 exp!3)))
(let ((?x446 (/ (* 1.0 exp!2) exp!3)))
(let ((?x353 (+ ?x446 ?x126)))
(let ((?x370 (+ 1.0 ?x353)))
(=> (> ?x370 0.0) (= exp!5 ?x370))))))))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!176 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (< 0.0 ?x330))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (let (($x205 (= 0.0 ?x330)))
 (not $x205)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (let (($x205 (= 0.0 ?x330)))
 (not $x205)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (let (($x205 (= 0.0 ?x330)))
 (not $x205)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (< 0.0 ?x330))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (let (($x205 (= 0.0 ?x330)))
 (not $x205)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (let (($x205 (= 0.0 ?x330)))
 (not $x205)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x479 (/ ?x358 exp!1)))
 (let ((?x177 (+ 1.0 ?x479)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x369 (/ ?x55 exp!1)))
 (let ((?x330 (+ ?x369 ?x177)))
 (let ((?x400 (/ 1.0 ?x330)))
 (let ((?x351 (- ?x400)))
 (let ((?x677 (+ 1.0 ?x351)))
 (let ((?x682 (* 0.0 ?x677)))
 (let ((?x462 (+ ?x351 ?x682)))
 (let ((?x694 (* 0.0 ?x351)))
 (let ((?x415 (+ ?x694 ?x462)))
 (let ((?x182 (/ ?x479 exp!6)))
 (let ((?x502 (* ?x182 ?x415)))
 (let ((?x309 (* |f[0]| ?x502)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x212 (/ ?x107 ?x330)))
 (let ((?x355 (+ ?x103 ?x212)))
 (let ((?x375 (* ?x182 ?x355)))
 (or (and (distinct ?x375 ?x309) true))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (=> (> ?x370 0.0) (= exp!5 ?x370)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x358 (* 1.0 exp!2)))
(let ((?x479 (/ ?x358 exp!1)))
(let ((?x177 (+ 1.0 ?x479)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x369 (/ ?x55 exp!1)))
(let ((?x330 (+ ?x369 ?x177)))
(=> (> ?x330 0.0) (= exp!6 ?x330)))))))))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let ((?x302 (/ ?x126 ?x370)))
 (let ((?x150 (- ?x302)))
 (let ((?x245 (+ 1.0 ?x150)))
 (let ((?x239 (* 0.0 ?x245)))
 (let ((?x249 (+ ?x150 ?x239)))
 (let ((?x151 (* 0.0 ?x150)))
 (let ((?x251 (+ ?x151 ?x249)))
 (let ((?x290 (/ ?x446 exp!5)))
 (let ((?x174 (* ?x290 ?x251)))
 (let ((?x175 (* |f[0]| ?x174)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x285 (/ ?x107 ?x370)))
 (let ((?x296 (* ?x126 ?x285)))
 (let ((?x269 (+ ?x103 ?x296)))
 (let ((?x300 (* ?x290 ?x269)))
 (or (and (distinct ?x300 ?x175) true)))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (=> (> ?x370 0.0) (= exp!5 ?x370)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x358 (* 1.0 exp!2)))
(let ((?x479 (/ ?x358 exp!1)))
(let ((?x177 (+ 1.0 ?x479)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x369 (/ ?x55 exp!1)))
(let ((?x330 (+ ?x369 ?x177)))
(=> (> ?x330 0.0) (= exp!6 ?x330)))))))))
(check-sat)
(pop 1)

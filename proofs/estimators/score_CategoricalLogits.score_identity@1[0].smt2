; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
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
(declare-fun |f[1]| () Real)
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
 (let ((?x112 (/ 1.0 ?x57)))
 (let ((?x113 (- ?x112)))
 (let ((?x115 (+ 1.0 ?x113)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (+ ?x113 ?x116)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x110 (/ ?x36 exp!4)))
 (let ((?x119 (* ?x110 ?x118)))
 (let ((?x120 (* |f[1]| ?x119)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (+ ?x103 ?x108)))
 (let ((?x111 (* ?x110 ?x109)))
 (or (and (distinct ?x111 ?x120) true))))))))))))))))))))))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let ((?x250 (/ ?x125 ?x370)))
 (let ((?x300 (- ?x250)))
 (let ((?x298 (+ 1.0 ?x300)))
 (let ((?x151 (* 0.0 ?x298)))
 (let ((?x152 (+ ?x300 ?x151)))
 (let ((?x297 (* 0.0 ?x300)))
 (let ((?x147 (+ ?x297 ?x152)))
 (let ((?x238 (/ ?x352 exp!5)))
 (let ((?x148 (* ?x238 ?x147)))
 (let ((?x296 (* |f[1]| ?x148)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x149 (/ ?x107 ?x370)))
 (let ((?x150 (* ?x125 ?x149)))
 (let ((?x244 (+ ?x103 ?x150)))
 (let ((?x248 (* ?x238 ?x244)))
 (or (and (distinct ?x248 ?x296) true))))))))))))))))))))))))))))))
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
(let ((?x352 (/ ?x9 exp!3)))
(let ((?x125 (/ (* 1.0 exp!2) exp!3)))
(let ((?x357 (+ ?x125 ?x352)))
(let ((?x370 (+ 1.0 ?x357)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (< 0.0 ?x329))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (let (($x398 (= 0.0 ?x329)))
 (not $x398)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (let (($x398 (= 0.0 ?x329)))
 (not $x398)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (let (($x398 (= 0.0 ?x329)))
 (not $x398)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (< 0.0 ?x329))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (let (($x398 (= 0.0 ?x329)))
 (not $x398)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (let (($x398 (= 0.0 ?x329)))
 (not $x398)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x446 exp!1)))
 (let ((?x211 (+ 1.0 ?x478)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x174 (/ ?x55 exp!1)))
 (let ((?x329 (+ ?x174 ?x211)))
 (let ((?x285 (/ ?x478 ?x329)))
 (let ((?x694 (- ?x285)))
 (let ((?x682 (+ 1.0 ?x694)))
 (let ((?x371 (* 0.0 ?x682)))
 (let ((?x200 (+ ?x694 ?x371)))
 (let ((?x677 (* 0.0 ?x694)))
 (let ((?x374 (+ ?x677 ?x200)))
 (let ((?x281 (/ 1.0 exp!6)))
 (let ((?x369 (* ?x281 ?x374)))
 (let ((?x203 (* |f[1]| ?x369)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x456 (/ ?x107 ?x329)))
 (let ((?x354 (* ?x478 ?x456)))
 (let ((?x366 (+ ?x103 ?x354)))
 (let ((?x311 (* ?x281 ?x366)))
 (or (and (distinct ?x311 ?x203) true)))))))))))))))))))))))))))))))
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
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
 (let ((?x446 (* 1.0 exp!2)))
(let ((?x478 (/ ?x446 exp!1)))
(let ((?x211 (+ 1.0 ?x478)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x174 (/ ?x55 exp!1)))
(let ((?x329 (+ ?x174 ?x211)))
(=> (> ?x329 0.0) (= exp!6 ?x329)))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let ((?x250 (/ ?x125 ?x370)))
 (let ((?x300 (- ?x250)))
 (let ((?x298 (+ 1.0 ?x300)))
 (let ((?x151 (* 0.0 ?x298)))
 (let ((?x152 (+ ?x300 ?x151)))
 (let ((?x297 (* 0.0 ?x300)))
 (let ((?x147 (+ ?x297 ?x152)))
 (let ((?x238 (/ ?x352 exp!5)))
 (let ((?x148 (* ?x238 ?x147)))
 (let ((?x296 (* |f[1]| ?x148)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x149 (/ ?x107 ?x370)))
 (let ((?x150 (* ?x125 ?x149)))
 (let ((?x244 (+ ?x103 ?x150)))
 (let ((?x248 (* ?x238 ?x244)))
 (or (and (distinct ?x248 ?x296) true)))))))))))))))))))))))))))))))
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
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
 (let ((?x446 (* 1.0 exp!2)))
(let ((?x478 (/ ?x446 exp!1)))
(let ((?x211 (+ 1.0 ?x478)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x174 (/ ?x55 exp!1)))
(let ((?x329 (+ ?x174 ?x211)))
(=> (> ?x329 0.0) (= exp!6 ?x329)))))))))
(check-sat)
(pop 1)

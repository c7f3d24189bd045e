; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
(declare-fun |f[2]| () Real)
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
 (let ((?x116 (* 0.0 ?x113)))
 (let ((?x114 (+ 1.0 ?x113)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (+ ?x113 ?x117)))
 (let ((?x110 (/ ?x56 exp!4)))
 (let ((?x119 (* ?x110 ?x118)))
 (let ((?x120 (* |f[2]| ?x119)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x238 (/ ?x125 ?x370)))
 (let ((?x248 (- ?x238)))
 (let ((?x297 (* 0.0 ?x248)))
 (let ((?x250 (+ 1.0 ?x248)))
 (let ((?x300 (* 0.0 ?x250)))
 (let ((?x298 (+ ?x300 ?x297)))
 (let ((?x151 (+ ?x248 ?x298)))
 (let ((?x150 (/ 1.0 exp!5)))
 (let ((?x152 (* ?x150 ?x151)))
 (let ((?x147 (* |f[2]| ?x152)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x156 (/ ?x107 ?x370)))
 (let ((?x166 (* ?x125 ?x156)))
 (let ((?x149 (+ ?x103 ?x166)))
 (let ((?x244 (* ?x150 ?x149)))
 (or (and (distinct ?x244 ?x147) true))))))))))))))))))))))))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (< 0.0 ?x328))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (let (($x158 (= 0.0 ?x328)))
 (not $x158)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (let (($x158 (= 0.0 ?x328)))
 (not $x158)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (let (($x158 (= 0.0 ?x328)))
 (not $x158)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (< 0.0 ?x328))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (let (($x158 (= 0.0 ?x328)))
 (not $x158)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (let (($x158 (= 0.0 ?x328)))
 (not $x158)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x422 (/ ?x446 exp!1)))
 (let ((?x204 (+ 1.0 ?x422)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x405 (/ ?x55 exp!1)))
 (let ((?x328 (+ ?x405 ?x204)))
 (let ((?x504 (/ ?x422 ?x328)))
 (let ((?x692 (- ?x504)))
 (let ((?x407 (* 0.0 ?x692)))
 (let ((?x675 (+ 1.0 ?x692)))
 (let ((?x680 (* 0.0 ?x675)))
 (let ((?x417 (+ ?x680 ?x407)))
 (let ((?x475 (+ ?x692 ?x417)))
 (let ((?x486 (/ ?x405 exp!6)))
 (let ((?x286 (* ?x486 ?x475)))
 (let ((?x197 (* |f[2]| ?x286)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x449 (/ ?x107 ?x328)))
 (let ((?x358 (* ?x422 ?x449)))
 (let ((?x242 (+ ?x103 ?x358)))
 (let ((?x336 (* ?x486 ?x242)))
 (or (and (distinct ?x336 ?x197) true)))))))))))))))))))))))))))))))
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
(let ((?x422 (/ ?x446 exp!1)))
(let ((?x204 (+ 1.0 ?x422)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x405 (/ ?x55 exp!1)))
(let ((?x328 (+ ?x405 ?x204)))
(=> (> ?x328 0.0) (= exp!6 ?x328)))))))))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x238 (/ ?x125 ?x370)))
 (let ((?x248 (- ?x238)))
 (let ((?x297 (* 0.0 ?x248)))
 (let ((?x250 (+ 1.0 ?x248)))
 (let ((?x300 (* 0.0 ?x250)))
 (let ((?x298 (+ ?x300 ?x297)))
 (let ((?x151 (+ ?x248 ?x298)))
 (let ((?x150 (/ 1.0 exp!5)))
 (let ((?x152 (* ?x150 ?x151)))
 (let ((?x147 (* |f[2]| ?x152)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x156 (/ ?x107 ?x370)))
 (let ((?x166 (* ?x125 ?x156)))
 (let ((?x149 (+ ?x103 ?x166)))
 (let ((?x244 (* ?x150 ?x149)))
 (or (and (distinct ?x244 ?x147) true)))))))))))))))))))))))))))))))
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
(let ((?x422 (/ ?x446 exp!1)))
(let ((?x204 (+ 1.0 ?x422)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x405 (/ ?x55 exp!1)))
(let ((?x328 (+ ?x405 ?x204)))
(=> (> ?x328 0.0) (= exp!6 ?x328)))))))))
(check-sat)
(pop 1)

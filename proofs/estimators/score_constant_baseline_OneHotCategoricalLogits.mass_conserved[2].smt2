; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[2]', verdict proved
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
(declare-fun log!131 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x56 ?x57)))
 (let ((?x98 (- ?x97)))
 (let ((?x100 (* 0.0 ?x98)))
 (let ((?x109 (+ ?x98 ?x100)))
 (let ((?x99 (+ 1.0 ?x98)))
 (let ((?x108 (* 0.0 ?x99)))
 (let ((?x110 (+ ?x108 ?x109)))
 (let ((?x115 (/ ?x36 exp!4)))
 (let ((?x116 (* ?x115 ?x110)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x112 (* ?x111 ?x110)))
 (let ((?x117 (+ ?x112 ?x116)))
 (let ((?x101 (+ ?x100 ?x100)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (/ ?x56 exp!4)))
 (let ((?x104 (* ?x103 ?x102)))
 (let ((?x118 (+ ?x104 ?x117)))
 (or (and (distinct 0.0 ?x118) true))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
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
(declare-fun exp!4 () Real)
(declare-fun log!131 () Real)
(declare-fun log!203 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x170 (/ 1.0 ?x479)))
 (let ((?x172 (- ?x170)))
 (let ((?x174 (* 0.0 ?x172)))
 (let ((?x155 (+ ?x172 ?x174)))
 (let ((?x173 (+ 1.0 ?x172)))
 (let ((?x158 (* 0.0 ?x173)))
 (let ((?x147 (+ ?x158 ?x155)))
 (let ((?x255 (/ ?x123 exp!5)))
 (let ((?x273 (* ?x255 ?x147)))
 (let ((?x148 (/ ?x478 exp!5)))
 (let ((?x249 (* ?x148 ?x147)))
 (let ((?x294 (+ ?x249 ?x273)))
 (let ((?x177 (+ ?x174 ?x174)))
 (let ((?x178 (+ ?x173 ?x177)))
 (let ((?x180 (/ 1.0 exp!5)))
 (let ((?x183 (* ?x180 ?x178)))
 (let ((?x304 (+ ?x183 ?x294)))
 (or (and (distinct 0.0 ?x304) true)))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!203 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!203) (< exp!1 exp!5)))
(assert
 (= (< log!203 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!203) (< exp!2 exp!5)))
(assert
 (= (< log!203 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!203) (< exp!3 exp!5)))
(assert
 (= (< log!203 log!131) (< exp!5 exp!4)))
(assert
 (= (< log!131 log!203) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!203 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!203)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x123 (/ ?x9 exp!3)))
(let ((?x478 (/ (* 1.0 exp!2) exp!3)))
(let ((?x469 (+ ?x478 ?x123)))
(let ((?x479 (+ 1.0 ?x469)))
(=> (> ?x479 0.0) (= exp!5 ?x479))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!131 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!203 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x191 (/ ?x366 exp!1)))
 (let ((?x232 (+ 1.0 ?x191)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x167 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x167 ?x232)))
 (let (($x513 (= 0.0 ?x385)))
 (not $x513)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x191 (/ ?x366 exp!1)))
 (let ((?x232 (+ 1.0 ?x191)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x167 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x167 ?x232)))
 (< 0.0 ?x385))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x191 (/ ?x366 exp!1)))
 (let ((?x232 (+ 1.0 ?x191)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x167 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x167 ?x232)))
 (let (($x513 (= 0.0 ?x385)))
 (not $x513)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x191 (/ ?x366 exp!1)))
 (let ((?x232 (+ 1.0 ?x191)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x167 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x167 ?x232)))
 (let (($x513 (= 0.0 ?x385)))
 (not $x513)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x191 (/ ?x366 exp!1)))
 (let ((?x232 (+ 1.0 ?x191)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x167 (/ ?x55 exp!1)))
 (let ((?x385 (+ ?x167 ?x232)))
 (let ((?x306 (/ ?x167 ?x385)))
 (let ((?x125 (- ?x306)))
 (let ((?x415 (* 0.0 ?x125)))
 (let ((?x220 (+ ?x125 ?x415)))
 (let ((?x129 (+ 1.0 ?x125)))
 (let ((?x310 (* 0.0 ?x129)))
 (let ((?x334 (+ ?x310 ?x220)))
 (let ((?x736 (/ 1.0 exp!6)))
 (let ((?x536 (* ?x736 ?x334)))
 (let ((?x511 (/ ?x191 exp!6)))
 (let ((?x485 (* ?x511 ?x334)))
 (let ((?x395 (+ ?x485 ?x536)))
 (let ((?x521 (+ ?x415 ?x415)))
 (let ((?x405 (+ ?x129 ?x521)))
 (let ((?x340 (/ ?x167 exp!6)))
 (let ((?x414 (* ?x340 ?x405)))
 (let ((?x335 (+ ?x414 ?x395)))
 (or (and (distinct 0.0 ?x335) true))))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!203 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!203) (< exp!1 exp!5)))
(assert
 (= (< log!203 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!203) (< exp!2 exp!5)))
(assert
 (= (< log!203 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!203) (< exp!3 exp!5)))
(assert
 (= (< log!203 log!131) (< exp!5 exp!4)))
(assert
 (= (< log!131 log!203) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!203 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!203)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!277 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!277) (< exp!1 exp!6)))
(assert
 (= (< log!277 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!277) (< exp!2 exp!6)))
(assert
 (= (< log!277 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!277) (< exp!3 exp!6)))
(assert
 (= (< log!277 log!131) (< exp!6 exp!4)))
(assert
 (= (< log!131 log!277) (< exp!4 exp!6)))
(assert
 (= (< log!277 log!203) (< exp!6 exp!5)))
(assert
 (= (< log!203 log!277) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!277 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!277)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x191 (/ ?x366 exp!1)))
(let ((?x232 (+ 1.0 ?x191)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x167 (/ ?x55 exp!1)))
(let ((?x385 (+ ?x167 ?x232)))
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
(declare-fun exp!4 () Real)
(declare-fun log!131 () Real)
(declare-fun log!203 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x170 (/ 1.0 ?x479)))
 (let ((?x172 (- ?x170)))
 (let ((?x174 (* 0.0 ?x172)))
 (let ((?x155 (+ ?x172 ?x174)))
 (let ((?x173 (+ 1.0 ?x172)))
 (let ((?x158 (* 0.0 ?x173)))
 (let ((?x147 (+ ?x158 ?x155)))
 (let ((?x255 (/ ?x123 exp!5)))
 (let ((?x273 (* ?x255 ?x147)))
 (let ((?x148 (/ ?x478 exp!5)))
 (let ((?x249 (* ?x148 ?x147)))
 (let ((?x294 (+ ?x249 ?x273)))
 (let ((?x177 (+ ?x174 ?x174)))
 (let ((?x178 (+ ?x173 ?x177)))
 (let ((?x180 (/ 1.0 exp!5)))
 (let ((?x183 (* ?x180 ?x178)))
 (let ((?x304 (+ ?x183 ?x294)))
 (or (and (distinct 0.0 ?x304) true))))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!203 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!203) (< exp!1 exp!5)))
(assert
 (= (< log!203 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!203) (< exp!2 exp!5)))
(assert
 (= (< log!203 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!203) (< exp!3 exp!5)))
(assert
 (= (< log!203 log!131) (< exp!5 exp!4)))
(assert
 (= (< log!131 log!203) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!203 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!203)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!277 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!277) (< exp!1 exp!6)))
(assert
 (= (< log!277 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!277) (< exp!2 exp!6)))
(assert
 (= (< log!277 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!277) (< exp!3 exp!6)))
(assert
 (= (< log!277 log!131) (< exp!6 exp!4)))
(assert
 (= (< log!131 log!277) (< exp!4 exp!6)))
(assert
 (= (< log!277 log!203) (< exp!6 exp!5)))
(assert
 (= (< log!203 log!277) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!277 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!277)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x191 (/ ?x366 exp!1)))
(let ((?x232 (+ 1.0 ?x191)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x167 (/ ?x55 exp!1)))
(let ((?x385 (+ ?x167 ?x232)))
(=> (> ?x385 0.0) (= exp!6 ?x385)))))))))
(check-sat)
(pop 1)

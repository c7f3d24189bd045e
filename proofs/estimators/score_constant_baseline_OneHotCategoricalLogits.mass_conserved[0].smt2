; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[0]', verdict proved
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
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x61 (/ 1.0 ?x57)))
 (let ((?x62 (- ?x61)))
 (let ((?x64 (+ 1.0 ?x62)))
 (let ((?x65 (* 0.0 ?x64)))
 (let ((?x113 (+ ?x62 ?x65)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x114 (+ ?x63 ?x113)))
 (let ((?x118 (* ?x114 ?x117)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x106 (+ ?x63 ?x64)))
 (let ((?x107 (+ ?x63 ?x106)))
 (let ((?x112 (* ?x107 ?x111)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x67 (+ ?x62 ?x66)))
 (let ((?x105 (* ?x67 ?x104)))
 (let ((?x120 (+ ?x105 ?x119)))
 (or (and (distinct 0.0 ?x120) true))))))))))))))))))))))))))
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
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x270 (/ ?x125 exp!5)))
 (let ((?x478 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x291 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x287 (+ ?x383 ?x291)))
 (let ((?x265 (* ?x287 ?x270)))
 (let ((?x289 (/ ?x478 exp!5)))
 (let ((?x303 (+ ?x383 ?x473)))
 (let ((?x151 (+ ?x383 ?x303)))
 (let ((?x290 (* ?x151 ?x289)))
 (let ((?x266 (+ ?x290 ?x265)))
 (let ((?x305 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x302 (* ?x468 ?x305)))
 (let ((?x156 (+ ?x302 ?x266)))
 (or (and (distinct 0.0 ?x156) true)))))))))))))))))))))))))))
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
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x478 (/ (* 1.0 exp!2) exp!3)))
(let ((?x469 (+ ?x478 ?x125)))
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
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x370 exp!1)))
 (let ((?x484 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x176 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x176 ?x484)))
 (let (($x189 (= 0.0 ?x500)))
 (not $x189)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x370 exp!1)))
 (let ((?x484 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x176 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x176 ?x484)))
 (< 0.0 ?x500))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x370 exp!1)))
 (let ((?x484 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x176 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x176 ?x484)))
 (let (($x189 (= 0.0 ?x500)))
 (not $x189)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x370 exp!1)))
 (let ((?x484 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x176 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x176 ?x484)))
 (let (($x189 (= 0.0 ?x500)))
 (not $x189)))))))))
(assert
 (let ((?x218 (/ 1.0 exp!6)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x215 (/ ?x370 exp!1)))
 (let ((?x484 (+ 1.0 ?x215)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x176 (/ ?x55 exp!1)))
 (let ((?x500 (+ ?x176 ?x484)))
 (let ((?x276 (/ ?x215 ?x500)))
 (let ((?x527 (- ?x276)))
 (let ((?x433 (+ 1.0 ?x527)))
 (let ((?x286 (* 0.0 ?x433)))
 (let ((?x166 (+ ?x527 ?x286)))
 (let ((?x535 (* 0.0 ?x527)))
 (let ((?x720 (+ ?x535 ?x166)))
 (let ((?x481 (* ?x720 ?x218)))
 (let ((?x505 (/ ?x215 exp!6)))
 (let ((?x284 (+ ?x535 ?x433)))
 (let ((?x579 (+ ?x535 ?x284)))
 (let ((?x450 (* ?x579 ?x505)))
 (let ((?x373 (+ ?x450 ?x481)))
 (let ((?x492 (/ ?x176 exp!6)))
 (let ((?x206 (+ ?x535 ?x286)))
 (let ((?x361 (+ ?x527 ?x206)))
 (let ((?x739 (* ?x361 ?x492)))
 (let ((?x735 (+ ?x739 ?x373)))
 (or (and (distinct 0.0 ?x735) true))))))))))))))))))))))))))))
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
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
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
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x215 (/ ?x370 exp!1)))
(let ((?x484 (+ 1.0 ?x215)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x176 (/ ?x55 exp!1)))
(let ((?x500 (+ ?x176 ?x484)))
(=> (> ?x500 0.0) (= exp!6 ?x500)))))))))
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
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (< 0.0 ?x479))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let (($x476 (= 0.0 ?x479)))
 (not $x476)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x270 (/ ?x125 exp!5)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
 (let ((?x479 (+ 1.0 ?x469)))
 (let ((?x392 (/ ?x478 ?x479)))
 (let ((?x348 (- ?x392)))
 (let ((?x473 (+ 1.0 ?x348)))
 (let ((?x474 (* 0.0 ?x473)))
 (let ((?x291 (+ ?x348 ?x474)))
 (let ((?x383 (* 0.0 ?x348)))
 (let ((?x287 (+ ?x383 ?x291)))
 (let ((?x265 (* ?x287 ?x270)))
 (let ((?x289 (/ ?x478 exp!5)))
 (let ((?x303 (+ ?x383 ?x473)))
 (let ((?x151 (+ ?x383 ?x303)))
 (let ((?x290 (* ?x151 ?x289)))
 (let ((?x266 (+ ?x290 ?x265)))
 (let ((?x305 (/ 1.0 exp!5)))
 (let ((?x385 (+ ?x383 ?x474)))
 (let ((?x468 (+ ?x348 ?x385)))
 (let ((?x302 (* ?x468 ?x305)))
 (let ((?x156 (+ ?x302 ?x266)))
 (or (and (distinct 0.0 ?x156) true))))))))))))))))))))))))))))
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
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x370 exp!3)))
 (let ((?x469 (+ ?x478 ?x125)))
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
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x215 (/ ?x370 exp!1)))
(let ((?x484 (+ 1.0 ?x215)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x176 (/ ?x55 exp!1)))
(let ((?x500 (+ ?x176 ?x484)))
(=> (> ?x500 0.0) (= exp!6 ?x500)))))))))
(check-sat)
(pop 1)

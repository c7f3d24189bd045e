; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'mass_conserved[2]', verdict proved
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
(declare-fun log!120 () Real)
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
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
(declare-fun log!120 () Real)
(declare-fun log!192 () Real)
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
 (let ((?x180 (/ 1.0 ?x479)))
 (let ((?x183 (- ?x180)))
 (let ((?x181 (* 0.0 ?x183)))
 (let ((?x255 (+ ?x183 ?x181)))
 (let ((?x184 (+ 1.0 ?x183)))
 (let ((?x253 (* 0.0 ?x184)))
 (let ((?x273 (+ ?x253 ?x255)))
 (let ((?x303 (/ ?x123 exp!5)))
 (let ((?x149 (* ?x303 ?x273)))
 (let ((?x294 (/ ?x478 exp!5)))
 (let ((?x304 (* ?x294 ?x273)))
 (let ((?x150 (+ ?x304 ?x149)))
 (let ((?x182 (+ ?x181 ?x181)))
 (let ((?x158 (+ ?x184 ?x182)))
 (let ((?x155 (/ 1.0 exp!5)))
 (let ((?x147 (* ?x155 ?x158)))
 (let ((?x145 (+ ?x147 ?x150)))
 (or (and (distinct 0.0 ?x145) true)))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
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
(declare-fun log!120 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!192 () Real)
(declare-fun log!266 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x366 exp!1)))
 (let ((?x444 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x494 (/ ?x55 exp!1)))
 (let ((?x456 (+ ?x494 ?x444)))
 (let (($x515 (= 0.0 ?x456)))
 (not $x515)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x366 exp!1)))
 (let ((?x444 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x494 (/ ?x55 exp!1)))
 (let ((?x456 (+ ?x494 ?x444)))
 (< 0.0 ?x456))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x366 exp!1)))
 (let ((?x444 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x494 (/ ?x55 exp!1)))
 (let ((?x456 (+ ?x494 ?x444)))
 (let (($x515 (= 0.0 ?x456)))
 (not $x515)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x366 exp!1)))
 (let ((?x444 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x494 (/ ?x55 exp!1)))
 (let ((?x456 (+ ?x494 ?x444)))
 (let (($x515 (= 0.0 ?x456)))
 (not $x515)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x166 (/ ?x366 exp!1)))
 (let ((?x444 (+ 1.0 ?x166)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x494 (/ ?x55 exp!1)))
 (let ((?x456 (+ ?x494 ?x444)))
 (let ((?x363 (/ ?x494 ?x456)))
 (let ((?x232 (- ?x363)))
 (let ((?x397 (* 0.0 ?x232)))
 (let ((?x332 (+ ?x232 ?x397)))
 (let ((?x533 (+ 1.0 ?x232)))
 (let ((?x331 (* 0.0 ?x533)))
 (let ((?x346 (+ ?x331 ?x332)))
 (let ((?x740 (/ 1.0 exp!6)))
 (let ((?x365 (* ?x740 ?x346)))
 (let ((?x409 (/ ?x166 exp!6)))
 (let ((?x360 (* ?x409 ?x346)))
 (let ((?x439 (+ ?x360 ?x365)))
 (let ((?x200 (+ ?x397 ?x397)))
 (let ((?x218 (+ ?x533 ?x200)))
 (let ((?x193 (/ ?x494 exp!6)))
 (let ((?x459 (* ?x193 ?x218)))
 (let ((?x194 (+ ?x459 ?x439)))
 (or (and (distinct 0.0 ?x194) true))))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!266 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!266) (< exp!1 exp!6)))
(assert
 (= (< log!266 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!266) (< exp!2 exp!6)))
(assert
 (= (< log!266 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!266) (< exp!3 exp!6)))
(assert
 (= (< log!266 log!120) (< exp!6 exp!4)))
(assert
 (= (< log!120 log!266) (< exp!4 exp!6)))
(assert
 (= (< log!266 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!266) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!266 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!266)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x166 (/ ?x366 exp!1)))
(let ((?x444 (+ 1.0 ?x166)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x494 (/ ?x55 exp!1)))
(let ((?x456 (+ ?x494 ?x444)))
(=> (> ?x456 0.0) (= exp!6 ?x456)))))))))
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
(declare-fun log!120 () Real)
(declare-fun log!192 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!266 () Real)
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
 (let ((?x180 (/ 1.0 ?x479)))
 (let ((?x183 (- ?x180)))
 (let ((?x181 (* 0.0 ?x183)))
 (let ((?x255 (+ ?x183 ?x181)))
 (let ((?x184 (+ 1.0 ?x183)))
 (let ((?x253 (* 0.0 ?x184)))
 (let ((?x273 (+ ?x253 ?x255)))
 (let ((?x303 (/ ?x123 exp!5)))
 (let ((?x149 (* ?x303 ?x273)))
 (let ((?x294 (/ ?x478 exp!5)))
 (let ((?x304 (* ?x294 ?x273)))
 (let ((?x150 (+ ?x304 ?x149)))
 (let ((?x182 (+ ?x181 ?x181)))
 (let ((?x158 (+ ?x184 ?x182)))
 (let ((?x155 (/ 1.0 exp!5)))
 (let ((?x147 (* ?x155 ?x158)))
 (let ((?x145 (+ ?x147 ?x150)))
 (or (and (distinct 0.0 ?x145) true))))))))))))))))))))))))))
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
 (= (< log!120 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!120) (< exp!1 exp!4)))
(assert
 (= (< log!120 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!120) (< exp!2 exp!4)))
(assert
 (= (< log!120 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!120) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!120 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!120)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!192 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!192) (< exp!1 exp!5)))
(assert
 (= (< log!192 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!192) (< exp!2 exp!5)))
(assert
 (= (< log!192 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!192) (< exp!3 exp!5)))
(assert
 (= (< log!192 log!120) (< exp!5 exp!4)))
(assert
 (= (< log!120 log!192) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!192 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!192)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!266 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!266) (< exp!1 exp!6)))
(assert
 (= (< log!266 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!266) (< exp!2 exp!6)))
(assert
 (= (< log!266 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!266) (< exp!3 exp!6)))
(assert
 (= (< log!266 log!120) (< exp!6 exp!4)))
(assert
 (= (< log!120 log!266) (< exp!4 exp!6)))
(assert
 (= (< log!266 log!192) (< exp!6 exp!5)))
(assert
 (= (< log!192 log!266) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!266 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!266)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x166 (/ ?x366 exp!1)))
(let ((?x444 (+ 1.0 ?x166)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x494 (/ ?x55 exp!1)))
(let ((?x456 (+ ?x494 ?x444)))
(=> (> ?x456 0.0) (= exp!6 ?x456)))))))))
(check-sat)
(pop 1)

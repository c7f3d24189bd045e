; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'mass_conserved[2]', verdict proved
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
(declare-fun exp!4 () Real)
(declare-fun log!149 () Real)
(declare-fun log!221 () Real)
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
 (let ((?x239 (/ 1.0 ?x479)))
 (let ((?x236 (- ?x239)))
 (let ((?x151 (* 0.0 ?x236)))
 (let ((?x174 (+ ?x236 ?x151)))
 (let ((?x237 (+ 1.0 ?x236)))
 (let ((?x173 (* 0.0 ?x237)))
 (let ((?x177 (+ ?x173 ?x174)))
 (let ((?x181 (/ ?x123 exp!5)))
 (let ((?x182 (* ?x181 ?x177)))
 (let ((?x178 (/ ?x478 exp!5)))
 (let ((?x180 (* ?x178 ?x177)))
 (let ((?x158 (+ ?x180 ?x182)))
 (let ((?x162 (+ ?x151 ?x151)))
 (let ((?x152 (+ ?x237 ?x162)))
 (let ((?x154 (/ 1.0 exp!5)))
 (let ((?x163 (* ?x154 ?x152)))
 (let ((?x155 (+ ?x163 ?x158)))
 (or (and (distinct 0.0 ?x155) true)))))))))))))))))))))))))
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
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
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
(declare-fun log!149 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!221 () Real)
(declare-fun log!295 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x240 (/ ?x366 exp!1)))
 (let ((?x157 (+ 1.0 ?x240)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x456 (/ ?x55 exp!1)))
 (let ((?x256 (+ ?x456 ?x157)))
 (let (($x257 (= 0.0 ?x256)))
 (not $x257)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x240 (/ ?x366 exp!1)))
 (let ((?x157 (+ 1.0 ?x240)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x456 (/ ?x55 exp!1)))
 (let ((?x256 (+ ?x456 ?x157)))
 (< 0.0 ?x256))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x240 (/ ?x366 exp!1)))
 (let ((?x157 (+ 1.0 ?x240)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x456 (/ ?x55 exp!1)))
 (let ((?x256 (+ ?x456 ?x157)))
 (let (($x257 (= 0.0 ?x256)))
 (not $x257)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x240 (/ ?x366 exp!1)))
 (let ((?x157 (+ 1.0 ?x240)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x456 (/ ?x55 exp!1)))
 (let ((?x256 (+ ?x456 ?x157)))
 (let (($x257 (= 0.0 ?x256)))
 (not $x257)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x240 (/ ?x366 exp!1)))
 (let ((?x157 (+ 1.0 ?x240)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x456 (/ ?x55 exp!1)))
 (let ((?x256 (+ ?x456 ?x157)))
 (let ((?x332 (/ ?x456 ?x256)))
 (let ((?x513 (- ?x332)))
 (let ((?x730 (* 0.0 ?x513)))
 (let ((?x427 (+ ?x513 ?x730)))
 (let ((?x195 (+ 1.0 ?x513)))
 (let ((?x316 (* 0.0 ?x195)))
 (let ((?x441 (+ ?x316 ?x427)))
 (let ((?x740 (/ 1.0 exp!6)))
 (let ((?x328 (* ?x740 ?x441)))
 (let ((?x489 (/ ?x240 exp!6)))
 (let ((?x199 (* ?x489 ?x441)))
 (let ((?x446 (+ ?x199 ?x328)))
 (let ((?x271 (+ ?x730 ?x730)))
 (let ((?x209 (+ ?x195 ?x271)))
 (let ((?x395 (/ ?x456 exp!6)))
 (let ((?x153 (* ?x395 ?x209)))
 (let ((?x387 (+ ?x153 ?x446)))
 (or (and (distinct 0.0 ?x387) true))))))))))))))))))))))))))
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
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!295 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!295) (< exp!1 exp!6)))
(assert
 (= (< log!295 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!295) (< exp!2 exp!6)))
(assert
 (= (< log!295 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!295) (< exp!3 exp!6)))
(assert
 (= (< log!295 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!295) (< exp!4 exp!6)))
(assert
 (= (< log!295 log!221) (< exp!6 exp!5)))
(assert
 (= (< log!221 log!295) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!295 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!295)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x240 (/ ?x366 exp!1)))
(let ((?x157 (+ 1.0 ?x240)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x456 (/ ?x55 exp!1)))
(let ((?x256 (+ ?x456 ?x157)))
(=> (> ?x256 0.0) (= exp!6 ?x256)))))))))
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
(declare-fun log!149 () Real)
(declare-fun log!221 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!295 () Real)
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
 (let ((?x239 (/ 1.0 ?x479)))
 (let ((?x236 (- ?x239)))
 (let ((?x151 (* 0.0 ?x236)))
 (let ((?x174 (+ ?x236 ?x151)))
 (let ((?x237 (+ 1.0 ?x236)))
 (let ((?x173 (* 0.0 ?x237)))
 (let ((?x177 (+ ?x173 ?x174)))
 (let ((?x181 (/ ?x123 exp!5)))
 (let ((?x182 (* ?x181 ?x177)))
 (let ((?x178 (/ ?x478 exp!5)))
 (let ((?x180 (* ?x178 ?x177)))
 (let ((?x158 (+ ?x180 ?x182)))
 (let ((?x162 (+ ?x151 ?x151)))
 (let ((?x152 (+ ?x237 ?x162)))
 (let ((?x154 (/ 1.0 exp!5)))
 (let ((?x163 (* ?x154 ?x152)))
 (let ((?x155 (+ ?x163 ?x158)))
 (or (and (distinct 0.0 ?x155) true))))))))))))))))))))))))))
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
 (= (< log!221 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!221) (< exp!1 exp!5)))
(assert
 (= (< log!221 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!221) (< exp!2 exp!5)))
(assert
 (= (< log!221 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!221) (< exp!3 exp!5)))
(assert
 (= (< log!221 log!149) (< exp!5 exp!4)))
(assert
 (= (< log!149 log!221) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!221 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!221)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!295 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!295) (< exp!1 exp!6)))
(assert
 (= (< log!295 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!295) (< exp!2 exp!6)))
(assert
 (= (< log!295 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!295) (< exp!3 exp!6)))
(assert
 (= (< log!295 log!149) (< exp!6 exp!4)))
(assert
 (= (< log!149 log!295) (< exp!4 exp!6)))
(assert
 (= (< log!295 log!221) (< exp!6 exp!5)))
(assert
 (= (< log!221 log!295) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!295 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!295)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x240 (/ ?x366 exp!1)))
(let ((?x157 (+ 1.0 ?x240)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x456 (/ ?x55 exp!1)))
(let ((?x256 (+ ?x456 ?x157)))
(=> (> ?x256 0.0) (= exp!6 ?x256)))))))))
(check-sat)
(pop 1)

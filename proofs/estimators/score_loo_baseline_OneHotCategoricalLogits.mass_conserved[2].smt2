; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[2]', verdict proved
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
(declare-fun log!132 () Real)
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
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
(declare-fun log!132 () Real)
(declare-fun log!204 () Real)
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
 (let ((?x289 (+ ?x158 ?x155)))
 (let ((?x297 (/ ?x123 exp!5)))
 (let ((?x147 (* ?x297 ?x289)))
 (let ((?x290 (/ ?x478 exp!5)))
 (let ((?x273 (* ?x290 ?x289)))
 (let ((?x148 (+ ?x273 ?x147)))
 (let ((?x177 (+ ?x174 ?x174)))
 (let ((?x178 (+ ?x173 ?x177)))
 (let ((?x180 (/ 1.0 exp!5)))
 (let ((?x183 (* ?x180 ?x178)))
 (let ((?x249 (+ ?x183 ?x148)))
 (or (and (distinct 0.0 ?x249) true)))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
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
(declare-fun log!132 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!204 () Real)
(declare-fun log!278 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x722 (/ ?x366 exp!1)))
 (let ((?x353 (+ 1.0 ?x722)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x535 (/ ?x55 exp!1)))
 (let ((?x434 (+ ?x535 ?x353)))
 (let (($x416 (= 0.0 ?x434)))
 (not $x416)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x722 (/ ?x366 exp!1)))
 (let ((?x353 (+ 1.0 ?x722)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x535 (/ ?x55 exp!1)))
 (let ((?x434 (+ ?x535 ?x353)))
 (< 0.0 ?x434))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x722 (/ ?x366 exp!1)))
 (let ((?x353 (+ 1.0 ?x722)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x535 (/ ?x55 exp!1)))
 (let ((?x434 (+ ?x535 ?x353)))
 (let (($x416 (= 0.0 ?x434)))
 (not $x416)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x722 (/ ?x366 exp!1)))
 (let ((?x353 (+ 1.0 ?x722)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x535 (/ ?x55 exp!1)))
 (let ((?x434 (+ ?x535 ?x353)))
 (let (($x416 (= 0.0 ?x434)))
 (not $x416)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x722 (/ ?x366 exp!1)))
 (let ((?x353 (+ 1.0 ?x722)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x535 (/ ?x55 exp!1)))
 (let ((?x434 (+ ?x535 ?x353)))
 (let ((?x403 (/ ?x535 ?x434)))
 (let ((?x168 (- ?x403)))
 (let ((?x220 (* 0.0 ?x168)))
 (let ((?x382 (+ ?x168 ?x220)))
 (let ((?x412 (+ 1.0 ?x168)))
 (let ((?x426 (* 0.0 ?x412)))
 (let ((?x408 (+ ?x426 ?x382)))
 (let ((?x742 (/ 1.0 exp!6)))
 (let ((?x487 (* ?x742 ?x408)))
 (let ((?x451 (/ ?x722 exp!6)))
 (let ((?x524 (* ?x451 ?x408)))
 (let ((?x448 (+ ?x524 ?x487)))
 (let ((?x407 (+ ?x220 ?x220)))
 (let ((?x511 (+ ?x412 ?x407)))
 (let ((?x384 (/ ?x535 exp!6)))
 (let ((?x263 (* ?x384 ?x511)))
 (let ((?x351 (+ ?x263 ?x448)))
 (or (and (distinct 0.0 ?x351) true))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!278 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!278) (< exp!1 exp!6)))
(assert
 (= (< log!278 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!278) (< exp!2 exp!6)))
(assert
 (= (< log!278 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!278) (< exp!3 exp!6)))
(assert
 (= (< log!278 log!132) (< exp!6 exp!4)))
(assert
 (= (< log!132 log!278) (< exp!4 exp!6)))
(assert
 (= (< log!278 log!204) (< exp!6 exp!5)))
(assert
 (= (< log!204 log!278) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!278 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!278)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x722 (/ ?x366 exp!1)))
(let ((?x353 (+ 1.0 ?x722)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x535 (/ ?x55 exp!1)))
(let ((?x434 (+ ?x535 ?x353)))
(=> (> ?x434 0.0) (= exp!6 ?x434)))))))))
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
(declare-fun log!132 () Real)
(declare-fun log!204 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!278 () Real)
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
 (let ((?x289 (+ ?x158 ?x155)))
 (let ((?x297 (/ ?x123 exp!5)))
 (let ((?x147 (* ?x297 ?x289)))
 (let ((?x290 (/ ?x478 exp!5)))
 (let ((?x273 (* ?x290 ?x289)))
 (let ((?x148 (+ ?x273 ?x147)))
 (let ((?x177 (+ ?x174 ?x174)))
 (let ((?x178 (+ ?x173 ?x177)))
 (let ((?x180 (/ 1.0 exp!5)))
 (let ((?x183 (* ?x180 ?x178)))
 (let ((?x249 (+ ?x183 ?x148)))
 (or (and (distinct 0.0 ?x249) true))))))))))))))))))))))))))
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
 (= (< log!132 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!132) (< exp!1 exp!4)))
(assert
 (= (< log!132 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!132) (< exp!2 exp!4)))
(assert
 (= (< log!132 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!132) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!132 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!132)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!204 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!204) (< exp!1 exp!5)))
(assert
 (= (< log!204 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!204) (< exp!2 exp!5)))
(assert
 (= (< log!204 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!204) (< exp!3 exp!5)))
(assert
 (= (< log!204 log!132) (< exp!5 exp!4)))
(assert
 (= (< log!132 log!204) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!204 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!204)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!278 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!278) (< exp!1 exp!6)))
(assert
 (= (< log!278 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!278) (< exp!2 exp!6)))
(assert
 (= (< log!278 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!278) (< exp!3 exp!6)))
(assert
 (= (< log!278 log!132) (< exp!6 exp!4)))
(assert
 (= (< log!132 log!278) (< exp!4 exp!6)))
(assert
 (= (< log!278 log!204) (< exp!6 exp!5)))
(assert
 (= (< log!204 log!278) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!278 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!278)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x722 (/ ?x366 exp!1)))
(let ((?x353 (+ 1.0 ?x722)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x535 (/ ?x55 exp!1)))
(let ((?x434 (+ ?x535 ?x353)))
(=> (> ?x434 0.0) (= exp!6 ?x434)))))))))
(check-sat)
(pop 1)

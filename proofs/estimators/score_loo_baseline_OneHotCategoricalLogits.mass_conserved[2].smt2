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
(declare-fun exp!4 () Real)
(declare-fun log!150 () Real)
(declare-fun log!222 () Real)
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
 (let ((?x151 (/ 1.0 ?x479)))
 (let ((?x162 (- ?x151)))
 (let ((?x154 (* 0.0 ?x162)))
 (let ((?x180 (+ ?x162 ?x154)))
 (let ((?x152 (+ 1.0 ?x162)))
 (let ((?x178 (* 0.0 ?x152)))
 (let ((?x183 (+ ?x178 ?x180)))
 (let ((?x155 (/ ?x123 exp!5)))
 (let ((?x147 (* ?x155 ?x183)))
 (let ((?x184 (/ ?x478 exp!5)))
 (let ((?x181 (* ?x184 ?x183)))
 (let ((?x148 (+ ?x181 ?x147)))
 (let ((?x163 (+ ?x154 ?x154)))
 (let ((?x169 (+ ?x152 ?x163)))
 (let ((?x170 (/ 1.0 exp!5)))
 (let ((?x172 (* ?x170 ?x169)))
 (let ((?x249 (+ ?x172 ?x148)))
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
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
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
(declare-fun log!150 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!222 () Real)
(declare-fun log!296 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x315 (/ ?x366 exp!1)))
 (let ((?x241 (+ 1.0 ?x315)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x185 (/ ?x55 exp!1)))
 (let ((?x193 (+ ?x185 ?x241)))
 (let (($x335 (= 0.0 ?x193)))
 (not $x335)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x315 (/ ?x366 exp!1)))
 (let ((?x241 (+ 1.0 ?x315)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x185 (/ ?x55 exp!1)))
 (let ((?x193 (+ ?x185 ?x241)))
 (< 0.0 ?x193))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x315 (/ ?x366 exp!1)))
 (let ((?x241 (+ 1.0 ?x315)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x185 (/ ?x55 exp!1)))
 (let ((?x193 (+ ?x185 ?x241)))
 (let (($x335 (= 0.0 ?x193)))
 (not $x335)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x315 (/ ?x366 exp!1)))
 (let ((?x241 (+ 1.0 ?x315)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x185 (/ ?x55 exp!1)))
 (let ((?x193 (+ ?x185 ?x241)))
 (let (($x335 (= 0.0 ?x193)))
 (not $x335)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x315 (/ ?x366 exp!1)))
 (let ((?x241 (+ 1.0 ?x315)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x185 (/ ?x55 exp!1)))
 (let ((?x193 (+ ?x185 ?x241)))
 (let ((?x161 (/ ?x185 ?x193)))
 (let ((?x504 (- ?x161)))
 (let ((?x204 (* 0.0 ?x504)))
 (let ((?x210 (+ ?x504 ?x204)))
 (let ((?x301 (+ 1.0 ?x504)))
 (let ((?x135 (* 0.0 ?x301)))
 (let ((?x445 (+ ?x135 ?x210)))
 (let ((?x734 (/ 1.0 exp!6)))
 (let ((?x426 (* ?x734 ?x445)))
 (let ((?x265 (/ ?x315 exp!6)))
 (let ((?x201 (* ?x265 ?x445)))
 (let ((?x270 (+ ?x201 ?x426)))
 (let ((?x547 (+ ?x204 ?x204)))
 (let ((?x292 (+ ?x301 ?x547)))
 (let ((?x329 (/ ?x185 exp!6)))
 (let ((?x209 (* ?x329 ?x292)))
 (let ((?x331 (+ ?x209 ?x270)))
 (or (and (distinct 0.0 ?x331) true))))))))))))))))))))))))))
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
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!296 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!296) (< exp!1 exp!6)))
(assert
 (= (< log!296 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!296) (< exp!2 exp!6)))
(assert
 (= (< log!296 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!296) (< exp!3 exp!6)))
(assert
 (= (< log!296 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!296) (< exp!4 exp!6)))
(assert
 (= (< log!296 log!222) (< exp!6 exp!5)))
(assert
 (= (< log!222 log!296) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!296 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!296)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x315 (/ ?x366 exp!1)))
(let ((?x241 (+ 1.0 ?x315)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x185 (/ ?x55 exp!1)))
(let ((?x193 (+ ?x185 ?x241)))
(=> (> ?x193 0.0) (= exp!6 ?x193)))))))))
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
(declare-fun log!150 () Real)
(declare-fun log!222 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!296 () Real)
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
 (let ((?x151 (/ 1.0 ?x479)))
 (let ((?x162 (- ?x151)))
 (let ((?x154 (* 0.0 ?x162)))
 (let ((?x180 (+ ?x162 ?x154)))
 (let ((?x152 (+ 1.0 ?x162)))
 (let ((?x178 (* 0.0 ?x152)))
 (let ((?x183 (+ ?x178 ?x180)))
 (let ((?x155 (/ ?x123 exp!5)))
 (let ((?x147 (* ?x155 ?x183)))
 (let ((?x184 (/ ?x478 exp!5)))
 (let ((?x181 (* ?x184 ?x183)))
 (let ((?x148 (+ ?x181 ?x147)))
 (let ((?x163 (+ ?x154 ?x154)))
 (let ((?x169 (+ ?x152 ?x163)))
 (let ((?x170 (/ 1.0 exp!5)))
 (let ((?x172 (* ?x170 ?x169)))
 (let ((?x249 (+ ?x172 ?x148)))
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
 (= (< log!222 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!222) (< exp!1 exp!5)))
(assert
 (= (< log!222 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!222) (< exp!2 exp!5)))
(assert
 (= (< log!222 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!222) (< exp!3 exp!5)))
(assert
 (= (< log!222 log!150) (< exp!5 exp!4)))
(assert
 (= (< log!150 log!222) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!222 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!222)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x478 (/ ?x366 exp!3)))
 (let ((?x469 (+ ?x478 ?x123)))
 (let ((?x479 (+ 1.0 ?x469)))
 (=> (> ?x479 0.0) (= exp!5 ?x479)))))))))
(assert
 (= (< log!296 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!296) (< exp!1 exp!6)))
(assert
 (= (< log!296 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!296) (< exp!2 exp!6)))
(assert
 (= (< log!296 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!296) (< exp!3 exp!6)))
(assert
 (= (< log!296 log!150) (< exp!6 exp!4)))
(assert
 (= (< log!150 log!296) (< exp!4 exp!6)))
(assert
 (= (< log!296 log!222) (< exp!6 exp!5)))
(assert
 (= (< log!222 log!296) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!296 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!296)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x315 (/ ?x366 exp!1)))
(let ((?x241 (+ 1.0 ?x315)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x185 (/ ?x55 exp!1)))
(let ((?x193 (+ ?x185 ?x241)))
(=> (> ?x193 0.0) (= exp!6 ?x193)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun log!95 () Real)
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
 (let ((?x104 (/ ?x36 ?x57)))
 (let ((?x105 (- ?x104)))
 (let ((?x107 (+ 1.0 ?x105)))
 (let ((?x106 (* 0.0 ?x105)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x102 (/ ?x36 exp!4)))
 (let ((?x110 (* ?x102 ?x109)))
 (let ((?x111 (* |f[1]| ?x110)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x99 (/ ?x98 ?x57)))
 (let ((?x100 (* ?x36 ?x99)))
 (let ((?x101 (+ |f[1]| ?x100)))
 (let ((?x103 (* ?x102 ?x101)))
 (or (and (distinct ?x103 ?x111) true)))))))))))))))))))))
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
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
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
(declare-fun log!95 () Real)
(declare-fun log!147 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (< 0.0 ?x379)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (< 0.0 ?x379)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let ((?x255 (/ ?x116 ?x379)))
 (let ((?x294 (- ?x255)))
 (let ((?x305 (+ 1.0 ?x294)))
 (let ((?x304 (* 0.0 ?x294)))
 (let ((?x302 (+ ?x304 ?x305)))
 (let ((?x303 (+ ?x304 ?x302)))
 (let ((?x243 (/ ?x116 exp!5)))
 (let ((?x142 (* ?x243 ?x303)))
 (let ((?x143 (* |f[1]| ?x142)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x140 (/ ?x98 ?x379)))
 (let ((?x141 (* ?x116 ?x140)))
 (let ((?x249 (+ |f[1]| ?x141)))
 (let ((?x253 (* ?x243 ?x249)))
 (or (and (distinct ?x253 ?x143) true))))))))))))))))))))))
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
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!147 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!147) (< exp!1 exp!5)))
(assert
 (= (< log!147 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!147) (< exp!2 exp!5)))
(assert
 (= (< log!147 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!147) (< exp!3 exp!5)))
(assert
 (= (< log!147 log!95) (< exp!5 exp!4)))
(assert
 (= (< log!95 log!147) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!147 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!147)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x116 (/ ?x9 exp!3)))
(let ((?x444 (/ (* 1.0 exp!2) exp!3)))
(let ((?x344 (+ ?x444 ?x116)))
(let ((?x379 (+ 1.0 ?x344)))
(=> (> ?x379 0.0) (= exp!5 ?x379))))))))
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
(declare-fun log!95 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!147 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (< 0.0 ?x125))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (let (($x393 (= 0.0 ?x125)))
 (not $x393)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (let (($x393 (= 0.0 ?x125)))
 (not $x393)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (let (($x393 (= 0.0 ?x125)))
 (not $x393)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (< 0.0 ?x125))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (let (($x393 (= 0.0 ?x125)))
 (not $x393)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (let (($x393 (= 0.0 ?x125)))
 (not $x393)))))))))
(assert
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x357 (/ ?x366 exp!1)))
 (let ((?x318 (+ 1.0 ?x357)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x699 (/ ?x55 exp!1)))
 (let ((?x125 (+ ?x699 ?x318)))
 (let ((?x423 (/ 1.0 ?x125)))
 (let ((?x277 (- ?x423)))
 (let ((?x505 (+ 1.0 ?x277)))
 (let ((?x184 (* 0.0 ?x277)))
 (let ((?x695 (+ ?x184 ?x505)))
 (let ((?x680 (+ ?x184 ?x695)))
 (let ((?x373 (/ 1.0 exp!6)))
 (let ((?x152 (* ?x373 ?x680)))
 (let ((?x435 (* |f[1]| ?x152)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x346 (/ ?x98 ?x125)))
 (let ((?x170 (+ |f[1]| ?x346)))
 (let ((?x491 (* ?x373 ?x170)))
 (or (and (distinct ?x491 ?x435) true))))))))))))))))))))))
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
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!147 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!147) (< exp!1 exp!5)))
(assert
 (= (< log!147 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!147) (< exp!2 exp!5)))
(assert
 (= (< log!147 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!147) (< exp!3 exp!5)))
(assert
 (= (< log!147 log!95) (< exp!5 exp!4)))
(assert
 (= (< log!95 log!147) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!147 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!147)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (=> (> ?x379 0.0) (= exp!5 ?x379)))))))))
(assert
 (= (< log!201 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!201) (< exp!1 exp!6)))
(assert
 (= (< log!201 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!201) (< exp!2 exp!6)))
(assert
 (= (< log!201 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!201) (< exp!3 exp!6)))
(assert
 (= (< log!201 log!95) (< exp!6 exp!4)))
(assert
 (= (< log!95 log!201) (< exp!4 exp!6)))
(assert
 (= (< log!201 log!147) (< exp!6 exp!5)))
(assert
 (= (< log!147 log!201) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!201 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!201)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x357 (/ ?x366 exp!1)))
(let ((?x318 (+ 1.0 ?x357)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x699 (/ ?x55 exp!1)))
(let ((?x125 (+ ?x699 ?x318)))
(=> (> ?x125 0.0) (= exp!6 ?x125)))))))))
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
(declare-fun log!95 () Real)
(declare-fun log!147 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!201 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (< 0.0 ?x379))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (< 0.0 ?x379))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (let ((?x255 (/ ?x116 ?x379)))
 (let ((?x294 (- ?x255)))
 (let ((?x305 (+ 1.0 ?x294)))
 (let ((?x304 (* 0.0 ?x294)))
 (let ((?x302 (+ ?x304 ?x305)))
 (let ((?x303 (+ ?x304 ?x302)))
 (let ((?x243 (/ ?x116 exp!5)))
 (let ((?x142 (* ?x243 ?x303)))
 (let ((?x143 (* |f[1]| ?x142)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x140 (/ ?x98 ?x379)))
 (let ((?x141 (* ?x116 ?x140)))
 (let ((?x249 (+ |f[1]| ?x141)))
 (let ((?x253 (* ?x243 ?x249)))
 (or (and (distinct ?x253 ?x143) true)))))))))))))))))))))))
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
 (= (< log!95 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!95) (< exp!1 exp!4)))
(assert
 (= (< log!95 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!95) (< exp!2 exp!4)))
(assert
 (= (< log!95 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!95) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!95 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!95)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!147 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!147) (< exp!1 exp!5)))
(assert
 (= (< log!147 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!147) (< exp!2 exp!5)))
(assert
 (= (< log!147 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!147) (< exp!3 exp!5)))
(assert
 (= (< log!147 log!95) (< exp!5 exp!4)))
(assert
 (= (< log!95 log!147) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!147 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!147)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x366 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x366 exp!3)))
 (let ((?x344 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x344)))
 (=> (> ?x379 0.0) (= exp!5 ?x379)))))))))
(assert
 (= (< log!201 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!201) (< exp!1 exp!6)))
(assert
 (= (< log!201 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!201) (< exp!2 exp!6)))
(assert
 (= (< log!201 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!201) (< exp!3 exp!6)))
(assert
 (= (< log!201 log!95) (< exp!6 exp!4)))
(assert
 (= (< log!95 log!201) (< exp!4 exp!6)))
(assert
 (= (< log!201 log!147) (< exp!6 exp!5)))
(assert
 (= (< log!147 log!201) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!201 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!201)))
(assert
 (let ((?x366 (* 1.0 exp!2)))
(let ((?x357 (/ ?x366 exp!1)))
(let ((?x318 (+ 1.0 ?x357)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x699 (/ ?x55 exp!1)))
(let ((?x125 (+ ?x699 ?x318)))
(=> (> ?x125 0.0) (= exp!6 ?x125)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
 (let ((?x104 (/ ?x56 ?x57)))
 (let ((?x105 (- ?x104)))
 (let ((?x107 (* 0.0 ?x105)))
 (let ((?x108 (+ ?x107 ?x107)))
 (let ((?x106 (+ 1.0 ?x105)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x102 (/ ?x56 exp!4)))
 (let ((?x110 (* ?x102 ?x109)))
 (let ((?x111 (* |f[2]| ?x110)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x99 (/ ?x98 ?x57)))
 (let ((?x100 (* ?x56 ?x99)))
 (let ((?x101 (+ |f[2]| ?x100)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (< 0.0 ?x379)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (< 0.0 ?x379)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x444 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let ((?x175 (/ 1.0 ?x379)))
 (let ((?x176 (- ?x175)))
 (let ((?x153 (* 0.0 ?x176)))
 (let ((?x227 (+ ?x153 ?x153)))
 (let ((?x150 (+ 1.0 ?x176)))
 (let ((?x228 (+ ?x150 ?x227)))
 (let ((?x172 (/ 1.0 exp!5)))
 (let ((?x238 (* ?x172 ?x228)))
 (let ((?x239 (* |f[2]| ?x238)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x178 (/ ?x98 ?x379)))
 (let ((?x179 (+ |f[2]| ?x178)))
 (let ((?x173 (* ?x172 ?x179)))
 (or (and (distinct ?x173 ?x239) true)))))))))))))))))))))
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
(let ((?x366 (+ ?x444 ?x116)))
(let ((?x379 (+ 1.0 ?x366)))
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
(declare-fun |f[2]| () Real)
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
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (< 0.0 ?x348))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (let (($x327 (= 0.0 ?x348)))
 (not $x327)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (let (($x327 (= 0.0 ?x348)))
 (not $x327)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (let (($x327 (= 0.0 ?x348)))
 (not $x327)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (< 0.0 ?x348))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (let (($x327 (= 0.0 ?x348)))
 (not $x327)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (let (($x327 (= 0.0 ?x348)))
 (not $x327)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x415 (/ ?x344 exp!1)))
 (let ((?x434 (+ 1.0 ?x415)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x694 (/ ?x55 exp!1)))
 (let ((?x348 (+ ?x694 ?x434)))
 (let ((?x364 (/ ?x694 ?x348)))
 (let ((?x514 (- ?x364)))
 (let ((?x690 (* 0.0 ?x514)))
 (let ((?x675 (+ ?x690 ?x690)))
 (let ((?x334 (+ 1.0 ?x514)))
 (let ((?x345 (+ ?x334 ?x675)))
 (let ((?x425 (/ ?x694 exp!6)))
 (let ((?x515 (* ?x425 ?x345)))
 (let ((?x494 (* |f[2]| ?x515)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x489 (/ ?x98 ?x348)))
 (let ((?x225 (* ?x694 ?x489)))
 (let ((?x383 (+ |f[2]| ?x225)))
 (let ((?x368 (* ?x425 ?x383)))
 (or (and (distinct ?x368 ?x494) true)))))))))))))))))))))))
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
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
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
 (let ((?x344 (* 1.0 exp!2)))
(let ((?x415 (/ ?x344 exp!1)))
(let ((?x434 (+ 1.0 ?x415)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x694 (/ ?x55 exp!1)))
(let ((?x348 (+ ?x694 ?x434)))
(=> (> ?x348 0.0) (= exp!6 ?x348)))))))))
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
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (< 0.0 ?x379))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (< 0.0 ?x379))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let (($x133 (= 0.0 ?x379)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
 (let ((?x175 (/ 1.0 ?x379)))
 (let ((?x176 (- ?x175)))
 (let ((?x153 (* 0.0 ?x176)))
 (let ((?x227 (+ ?x153 ?x153)))
 (let ((?x150 (+ 1.0 ?x176)))
 (let ((?x228 (+ ?x150 ?x227)))
 (let ((?x172 (/ 1.0 exp!5)))
 (let ((?x238 (* ?x172 ?x228)))
 (let ((?x239 (* |f[2]| ?x238)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x178 (/ ?x98 ?x379)))
 (let ((?x179 (+ |f[2]| ?x178)))
 (let ((?x173 (* ?x172 ?x179)))
 (or (and (distinct ?x173 ?x239) true))))))))))))))))))))))
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
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x444 (/ ?x344 exp!3)))
 (let ((?x366 (+ ?x444 ?x116)))
 (let ((?x379 (+ 1.0 ?x366)))
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
 (let ((?x344 (* 1.0 exp!2)))
(let ((?x415 (/ ?x344 exp!1)))
(let ((?x434 (+ 1.0 ?x415)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x694 (/ ?x55 exp!1)))
(let ((?x348 (+ ?x694 ?x434)))
(=> (> ?x348 0.0) (= exp!6 ?x348)))))))))
(check-sat)
(pop 1)

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
 (let ((?x102 (/ 1.0 ?x57)))
 (let ((?x103 (- ?x102)))
 (let ((?x105 (+ 1.0 ?x103)))
 (let ((?x106 (* 0.0 ?x105)))
 (let ((?x107 (+ ?x103 ?x106)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x100 (/ ?x36 exp!4)))
 (let ((?x109 (* ?x100 ?x108)))
 (let ((?x110 (* |f[1]| ?x109)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x99 (/ ?x98 ?x57)))
 (let ((?x101 (* ?x100 ?x99)))
 (or (and (distinct ?x101 ?x110) true))))))))))))))))))))
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
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (< 0.0 ?x360)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (< 0.0 ?x360)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let ((?x289 (/ ?x115 ?x360)))
 (let ((?x290 (- ?x289)))
 (let ((?x288 (+ 1.0 ?x290)))
 (let ((?x141 (* 0.0 ?x288)))
 (let ((?x142 (+ ?x290 ?x141)))
 (let ((?x287 (* 0.0 ?x290)))
 (let ((?x137 (+ ?x287 ?x142)))
 (let ((?x240 (/ ?x342 exp!5)))
 (let ((?x138 (* ?x240 ?x137)))
 (let ((?x314 (* |f[1]| ?x138)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x228 (/ ?x98 ?x360)))
 (let ((?x238 (* ?x115 ?x228)))
 (let ((?x279 (* ?x240 ?x238)))
 (or (and (distinct ?x279 ?x314) true))))))))))))))))))))))
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
(let ((?x342 (/ ?x9 exp!3)))
(let ((?x115 (/ (* 1.0 exp!2) exp!3)))
(let ((?x347 (+ ?x115 ?x342)))
(let ((?x360 (+ 1.0 ?x347)))
(=> (> ?x360 0.0) (= exp!5 ?x360))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (< 0.0 ?x479))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (let (($x480 (= 0.0 ?x479)))
 (not $x480)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (let (($x480 (= 0.0 ?x479)))
 (not $x480)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (let (($x480 (= 0.0 ?x479)))
 (not $x480)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (< 0.0 ?x479))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (let (($x480 (= 0.0 ?x479)))
 (not $x480)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (let (($x480 (= 0.0 ?x479)))
 (not $x480)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x304 (/ ?x436 exp!1)))
 (let ((?x471 (+ 1.0 ?x304)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x683 (/ ?x55 exp!1)))
 (let ((?x479 (+ ?x683 ?x471)))
 (let ((?x352 (/ ?x304 ?x479)))
 (let ((?x457 (- ?x352)))
 (let ((?x218 (+ 1.0 ?x457)))
 (let ((?x681 (* 0.0 ?x218)))
 (let ((?x664 (+ ?x457 ?x681)))
 (let ((?x309 (* 0.0 ?x457)))
 (let ((?x361 (+ ?x309 ?x664)))
 (let ((?x189 (/ 1.0 exp!6)))
 (let ((?x202 (* ?x189 ?x361)))
 (let ((?x305 (* |f[1]| ?x202)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x296 (/ ?x98 ?x479)))
 (let ((?x316 (* ?x304 ?x296)))
 (let ((?x336 (* ?x189 ?x316)))
 (or (and (distinct ?x336 ?x305) true)))))))))))))))))))))))
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
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (=> (> ?x360 0.0) (= exp!5 ?x360)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x304 (/ ?x436 exp!1)))
(let ((?x471 (+ 1.0 ?x304)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x683 (/ ?x55 exp!1)))
(let ((?x479 (+ ?x683 ?x471)))
(=> (> ?x479 0.0) (= exp!6 ?x479)))))))))
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
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (< 0.0 ?x360))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (< 0.0 ?x360))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let (($x132 (= 0.0 ?x360)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (let ((?x289 (/ ?x115 ?x360)))
 (let ((?x290 (- ?x289)))
 (let ((?x288 (+ 1.0 ?x290)))
 (let ((?x141 (* 0.0 ?x288)))
 (let ((?x142 (+ ?x290 ?x141)))
 (let ((?x287 (* 0.0 ?x290)))
 (let ((?x137 (+ ?x287 ?x142)))
 (let ((?x240 (/ ?x342 exp!5)))
 (let ((?x138 (* ?x240 ?x137)))
 (let ((?x314 (* |f[1]| ?x138)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x228 (/ ?x98 ?x360)))
 (let ((?x238 (* ?x115 ?x228)))
 (let ((?x279 (* ?x240 ?x238)))
 (or (and (distinct ?x279 ?x314) true)))))))))))))))))))))))
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
 (let ((?x342 (/ ?x9 exp!3)))
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x436 exp!3)))
 (let ((?x347 (+ ?x115 ?x342)))
 (let ((?x360 (+ 1.0 ?x347)))
 (=> (> ?x360 0.0) (= exp!5 ?x360)))))))))
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
 (let ((?x436 (* 1.0 exp!2)))
(let ((?x304 (/ ?x436 exp!1)))
(let ((?x471 (+ 1.0 ?x304)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x683 (/ ?x55 exp!1)))
(let ((?x479 (+ ?x683 ?x471)))
(=> (> ?x479 0.0) (= exp!6 ?x479)))))))))
(check-sat)
(pop 1)

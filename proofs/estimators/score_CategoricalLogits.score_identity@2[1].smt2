; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
 (let ((?x103 (/ ?x36 ?x57)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ 1.0 ?x104)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x108 (+ ?x105 ?x107)))
 (let ((?x109 (+ ?x104 ?x108)))
 (let ((?x101 (/ ?x56 exp!4)))
 (let ((?x110 (* ?x101 ?x109)))
 (let ((?x111 (* |f[2]| ?x110)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x99 (/ ?x98 ?x57)))
 (let ((?x100 (* ?x36 ?x99)))
 (let ((?x102 (* ?x101 ?x100)))
 (or (and (distinct ?x102 ?x111) true)))))))))))))))))))))
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
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (< 0.0 ?x362)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (< 0.0 ?x362)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x437 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let ((?x230 (/ ?x116 ?x362)))
 (let ((?x240 (- ?x230)))
 (let ((?x281 (+ 1.0 ?x240)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x242 (* 0.0 ?x240)))
 (let ((?x292 (+ ?x242 ?x291)))
 (let ((?x289 (+ ?x240 ?x292)))
 (let ((?x141 (/ 1.0 exp!5)))
 (let ((?x290 (* ?x141 ?x289)))
 (let ((?x142 (* |f[2]| ?x290)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x153 (/ ?x98 ?x362)))
 (let ((?x140 (* ?x116 ?x153)))
 (let ((?x236 (* ?x141 ?x140)))
 (or (and (distinct ?x236 ?x142) true))))))))))))))))))))))
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
(let ((?x437 (/ (* 1.0 exp!2) exp!3)))
(let ((?x344 (+ ?x437 ?x116)))
(let ((?x362 (+ 1.0 ?x344)))
(=> (> ?x362 0.0) (= exp!5 ?x362))))))))
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
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (< 0.0 ?x415))))))))
(assert
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (let (($x330 (= 0.0 ?x415)))
 (not $x330)))))))))
(assert
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (let (($x330 (= 0.0 ?x415)))
 (not $x330)))))))))
(assert
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (let (($x330 (= 0.0 ?x415)))
 (not $x330)))))))))
(assert
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (< 0.0 ?x415))))))))
(assert
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (let (($x330 (= 0.0 ?x415)))
 (not $x330)))))))))
(assert
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (let (($x330 (= 0.0 ?x415)))
 (not $x330)))))))))
(assert
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x500 (/ ?x349 exp!1)))
 (let ((?x333 (+ 1.0 ?x500)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x685 (/ ?x55 exp!1)))
 (let ((?x415 (+ ?x685 ?x333)))
 (let ((?x201 (/ 1.0 ?x415)))
 (let ((?x287 (- ?x201)))
 (let ((?x231 (+ 1.0 ?x287)))
 (let ((?x367 (* 0.0 ?x231)))
 (let ((?x264 (* 0.0 ?x287)))
 (let ((?x683 (+ ?x264 ?x367)))
 (let ((?x666 (+ ?x287 ?x683)))
 (let ((?x277 (/ ?x685 exp!6)))
 (let ((?x171 (* ?x277 ?x666)))
 (let ((?x447 (* |f[2]| ?x171)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x452 (/ ?x98 ?x415)))
 (let ((?x443 (* ?x277 ?x452)))
 (or (and (distinct ?x443 ?x447) true))))))))))))))))))))))
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
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (=> (> ?x362 0.0) (= exp!5 ?x362)))))))))
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
 (let ((?x349 (* 1.0 exp!2)))
(let ((?x500 (/ ?x349 exp!1)))
(let ((?x333 (+ 1.0 ?x500)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x685 (/ ?x55 exp!1)))
(let ((?x415 (+ ?x685 ?x333)))
(=> (> ?x415 0.0) (= exp!6 ?x415)))))))))
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
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (< 0.0 ?x362))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (< 0.0 ?x362))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (let ((?x230 (/ ?x116 ?x362)))
 (let ((?x240 (- ?x230)))
 (let ((?x281 (+ 1.0 ?x240)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x242 (* 0.0 ?x240)))
 (let ((?x292 (+ ?x242 ?x291)))
 (let ((?x289 (+ ?x240 ?x292)))
 (let ((?x141 (/ 1.0 exp!5)))
 (let ((?x290 (* ?x141 ?x289)))
 (let ((?x142 (* |f[2]| ?x290)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x153 (/ ?x98 ?x362)))
 (let ((?x140 (* ?x116 ?x153)))
 (let ((?x236 (* ?x141 ?x140)))
 (or (and (distinct ?x236 ?x142) true)))))))))))))))))))))))
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
 (let ((?x349 (* 1.0 exp!2)))
 (let ((?x437 (/ ?x349 exp!3)))
 (let ((?x344 (+ ?x437 ?x116)))
 (let ((?x362 (+ 1.0 ?x344)))
 (=> (> ?x362 0.0) (= exp!5 ?x362)))))))))
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
 (let ((?x349 (* 1.0 exp!2)))
(let ((?x500 (/ ?x349 exp!1)))
(let ((?x333 (+ 1.0 ?x500)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x685 (/ ?x55 exp!1)))
(let ((?x415 (+ ?x685 ?x333)))
(=> (> ?x415 0.0) (= exp!6 ?x415)))))))))
(check-sat)
(pop 1)

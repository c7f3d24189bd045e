; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[2]', verdict proved
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
 (let ((?x103 (/ ?x56 ?x57)))
 (let ((?x104 (- ?x103)))
 (let ((?x107 (* 0.0 ?x104)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x105 (+ 1.0 ?x104)))
 (let ((?x106 (* 0.0 ?x105)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x101 (/ ?x36 exp!4)))
 (let ((?x110 (* ?x101 ?x109)))
 (let ((?x111 (* |f[1]| ?x110)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x99 (/ ?x98 ?x57)))
 (let ((?x100 (* ?x56 ?x99)))
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
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (< 0.0 ?x362)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (< 0.0 ?x362)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x438 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let ((?x281 (/ 1.0 ?x362)))
 (let ((?x291 (- ?x281)))
 (let ((?x290 (* 0.0 ?x291)))
 (let ((?x142 (+ ?x291 ?x290)))
 (let ((?x292 (+ 1.0 ?x291)))
 (let ((?x289 (* 0.0 ?x292)))
 (let ((?x143 (+ ?x289 ?x142)))
 (let ((?x240 (/ ?x116 exp!5)))
 (let ((?x138 (* ?x240 ?x143)))
 (let ((?x139 (* |f[1]| ?x138)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x230 (/ ?x98 ?x362)))
 (let ((?x242 (* ?x240 ?x230)))
 (or (and (distinct ?x242 ?x139) true)))))))))))))))))))))
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
(let ((?x438 (/ (* 1.0 exp!2) exp!3)))
(let ((?x349 (+ ?x438 ?x116)))
(let ((?x362 (+ 1.0 ?x349)))
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
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (< 0.0 ?x389))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (let (($x403 (= 0.0 ?x389)))
 (not $x403)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (let (($x403 (= 0.0 ?x389)))
 (not $x403)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (let (($x403 (= 0.0 ?x389)))
 (not $x403)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (< 0.0 ?x389))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (let (($x403 (= 0.0 ?x389)))
 (not $x403)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (let (($x403 (= 0.0 ?x389)))
 (not $x403)))))))))
(assert
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x499 (/ ?x344 exp!1)))
 (let ((?x449 (+ 1.0 ?x499)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x389 (+ ?x684 ?x449)))
 (let ((?x464 (/ ?x684 ?x389)))
 (let ((?x405 (- ?x464)))
 (let ((?x682 (* 0.0 ?x405)))
 (let ((?x665 (+ ?x405 ?x682)))
 (let ((?x258 (+ 1.0 ?x405)))
 (let ((?x456 (* 0.0 ?x258)))
 (let ((?x274 (+ ?x456 ?x665)))
 (let ((?x407 (/ 1.0 exp!6)))
 (let ((?x325 (* ?x407 ?x274)))
 (let ((?x326 (* |f[1]| ?x325)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x454 (/ ?x98 ?x389)))
 (let ((?x201 (* ?x684 ?x454)))
 (let ((?x184 (* ?x407 ?x201)))
 (or (and (distinct ?x184 ?x326) true)))))))))))))))))))))))
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
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
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
 (let ((?x344 (* 1.0 exp!2)))
(let ((?x499 (/ ?x344 exp!1)))
(let ((?x449 (+ 1.0 ?x499)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x684 (/ ?x55 exp!1)))
(let ((?x389 (+ ?x684 ?x449)))
(=> (> ?x389 0.0) (= exp!6 ?x389)))))))))
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
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (< 0.0 ?x362))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (< 0.0 ?x362))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let (($x133 (= 0.0 ?x362)))
 (not $x133)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x116 (/ ?x9 exp!3)))
 (let ((?x344 (* 1.0 exp!2)))
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
 (let ((?x281 (/ 1.0 ?x362)))
 (let ((?x291 (- ?x281)))
 (let ((?x290 (* 0.0 ?x291)))
 (let ((?x142 (+ ?x291 ?x290)))
 (let ((?x292 (+ 1.0 ?x291)))
 (let ((?x289 (* 0.0 ?x292)))
 (let ((?x143 (+ ?x289 ?x142)))
 (let ((?x240 (/ ?x116 exp!5)))
 (let ((?x138 (* ?x240 ?x143)))
 (let ((?x139 (* |f[1]| ?x138)))
 (let ((?x98 (- |f[1]|)))
 (let ((?x230 (/ ?x98 ?x362)))
 (let ((?x242 (* ?x240 ?x230)))
 (or (and (distinct ?x242 ?x139) true))))))))))))))))))))))
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
 (let ((?x438 (/ ?x344 exp!3)))
 (let ((?x349 (+ ?x438 ?x116)))
 (let ((?x362 (+ 1.0 ?x349)))
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
 (let ((?x344 (* 1.0 exp!2)))
(let ((?x499 (/ ?x344 exp!1)))
(let ((?x449 (+ 1.0 ?x499)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x684 (/ ?x55 exp!1)))
(let ((?x389 (+ ?x684 ?x449)))
(=> (> ?x389 0.0) (= exp!6 ?x389)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun |f[0]| () Real)
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
 (let ((?x103 (/ 1.0 ?x57)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ 1.0 ?x104)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (+ ?x105 ?x106)))
 (let ((?x108 (+ ?x105 ?x107)))
 (let ((?x101 (/ 1.0 exp!4)))
 (let ((?x109 (* ?x101 ?x108)))
 (let ((?x110 (* |f[0]| ?x109)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x99 (/ ?x98 ?x57)))
 (let ((?x100 (+ |f[0]| ?x99)))
 (let ((?x102 (* ?x101 ?x100)))
 (or (and (distinct ?x102 ?x110) true))))))))))))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (< 0.0 ?x374)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (< 0.0 ?x374)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let ((?x298 (/ ?x115 ?x374)))
 (let ((?x299 (- ?x298)))
 (let ((?x142 (+ 1.0 ?x299)))
 (let ((?x141 (* 0.0 ?x299)))
 (let ((?x137 (+ ?x141 ?x142)))
 (let ((?x138 (+ ?x141 ?x137)))
 (let ((?x300 (/ ?x115 exp!5)))
 (let ((?x325 (* ?x300 ?x138)))
 (let ((?x326 (* |f[0]| ?x325)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x249 (/ ?x98 ?x374)))
 (let ((?x251 (* ?x115 ?x249)))
 (let ((?x290 (+ |f[0]| ?x251)))
 (let ((?x301 (* ?x300 ?x290)))
 (or (and (distinct ?x301 ?x326) true))))))))))))))))))))))
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
(let ((?x340 (/ ?x9 exp!3)))
(let ((?x115 (/ (* 1.0 exp!2) exp!3)))
(let ((?x362 (+ ?x115 ?x340)))
(let ((?x374 (+ 1.0 ?x362)))
(=> (> ?x374 0.0) (= exp!5 ?x374))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (< 0.0 ?x270))))))))
(assert
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (let (($x211 (= 0.0 ?x270)))
 (not $x211)))))))))
(assert
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (let (($x211 (= 0.0 ?x270)))
 (not $x211)))))))))
(assert
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (let (($x211 (= 0.0 ?x270)))
 (not $x211)))))))))
(assert
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (< 0.0 ?x270))))))))
(assert
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (let (($x211 (= 0.0 ?x270)))
 (not $x211)))))))))
(assert
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (let (($x211 (= 0.0 ?x270)))
 (not $x211)))))))))
(assert
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x198 (/ ?x438 exp!1)))
 (let ((?x147 (+ 1.0 ?x198)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x696 (/ ?x55 exp!1)))
 (let ((?x270 (+ ?x696 ?x147)))
 (let ((?x428 (/ ?x198 ?x270)))
 (let ((?x427 (- ?x428)))
 (let ((?x692 (+ 1.0 ?x427)))
 (let ((?x333 (* 0.0 ?x427)))
 (let ((?x677 (+ ?x333 ?x692)))
 (let ((?x343 (+ ?x333 ?x677)))
 (let ((?x202 (/ ?x198 exp!6)))
 (let ((?x396 (* ?x202 ?x343)))
 (let ((?x461 (* |f[0]| ?x396)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x134 (/ ?x98 ?x270)))
 (let ((?x426 (* ?x198 ?x134)))
 (let ((?x237 (+ |f[0]| ?x426)))
 (let ((?x466 (* ?x202 ?x237)))
 (or (and (distinct ?x466 ?x461) true)))))))))))))))))))))))
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
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (=> (> ?x374 0.0) (= exp!5 ?x374)))))))))
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
 (let ((?x438 (* 1.0 exp!2)))
(let ((?x198 (/ ?x438 exp!1)))
(let ((?x147 (+ 1.0 ?x198)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x696 (/ ?x55 exp!1)))
(let ((?x270 (+ ?x696 ?x147)))
(=> (> ?x270 0.0) (= exp!6 ?x270)))))))))
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
(declare-fun |f[0]| () Real)
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
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (< 0.0 ?x374))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (< 0.0 ?x374))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let (($x132 (= 0.0 ?x374)))
 (not $x132)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (let ((?x298 (/ ?x115 ?x374)))
 (let ((?x299 (- ?x298)))
 (let ((?x142 (+ 1.0 ?x299)))
 (let ((?x141 (* 0.0 ?x299)))
 (let ((?x137 (+ ?x141 ?x142)))
 (let ((?x138 (+ ?x141 ?x137)))
 (let ((?x300 (/ ?x115 exp!5)))
 (let ((?x325 (* ?x300 ?x138)))
 (let ((?x326 (* |f[0]| ?x325)))
 (let ((?x98 (- |f[0]|)))
 (let ((?x249 (/ ?x98 ?x374)))
 (let ((?x251 (* ?x115 ?x249)))
 (let ((?x290 (+ |f[0]| ?x251)))
 (let ((?x301 (* ?x300 ?x290)))
 (or (and (distinct ?x301 ?x326) true)))))))))))))))))))))))
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
 (let ((?x340 (/ ?x9 exp!3)))
 (let ((?x438 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x438 exp!3)))
 (let ((?x362 (+ ?x115 ?x340)))
 (let ((?x374 (+ 1.0 ?x362)))
 (=> (> ?x374 0.0) (= exp!5 ?x374)))))))))
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
 (let ((?x438 (* 1.0 exp!2)))
(let ((?x198 (/ ?x438 exp!1)))
(let ((?x147 (+ 1.0 ?x198)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x696 (/ ?x55 exp!1)))
(let ((?x270 (+ ?x696 ?x147)))
(=> (> ?x270 0.0) (= exp!6 ?x270)))))))))
(check-sat)
(pop 1)

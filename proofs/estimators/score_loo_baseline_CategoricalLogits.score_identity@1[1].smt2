; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!100 () Real)
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
 (let ((?x107 (/ ?x36 ?x57)))
 (let ((?x108 (- ?x107)))
 (let ((?x110 (+ 1.0 ?x108)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x111 (+ ?x109 ?x110)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x105 (/ ?x36 exp!4)))
 (let ((?x113 (* ?x105 ?x112)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x114 (* ?x100 ?x113)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (/ ?x101 ?x57)))
 (let ((?x103 (* ?x36 ?x102)))
 (let ((?x104 (+ ?x100 ?x103)))
 (let ((?x106 (* ?x105 ?x104)))
 (or (and (distinct ?x106 ?x114) true)))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun log!152 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (< 0.0 ?x397)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (< 0.0 ?x397)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x462 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let ((?x271 (/ ?x119 ?x397)))
 (let ((?x273 (- ?x271)))
 (let ((?x322 (+ 1.0 ?x273)))
 (let ((?x312 (* 0.0 ?x273)))
 (let ((?x323 (+ ?x312 ?x322)))
 (let ((?x320 (+ ?x312 ?x323)))
 (let ((?x267 (/ ?x119 exp!5)))
 (let ((?x321 (* ?x267 ?x320)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x145 (* ?x100 ?x321)))
 (let ((?x101 (- ?x100)))
 (let ((?x255 (/ ?x101 ?x397)))
 (let ((?x143 (* ?x119 ?x255)))
 (let ((?x144 (+ ?x100 ?x143)))
 (let ((?x261 (* ?x267 ?x144)))
 (or (and (distinct ?x261 ?x145) true))))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x119 (/ ?x9 exp!3)))
(let ((?x462 (/ (* 1.0 exp!2) exp!3)))
(let ((?x362 (+ ?x462 ?x119)))
(let ((?x397 (+ 1.0 ?x362)))
(=> (> ?x397 0.0) (= exp!5 ?x397))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!152 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (< 0.0 ?x134))))))))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (let (($x403 (= 0.0 ?x134)))
 (not $x403)))))))))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (let (($x403 (= 0.0 ?x134)))
 (not $x403)))))))))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (let (($x403 (= 0.0 ?x134)))
 (not $x403)))))))))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (< 0.0 ?x134))))))))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (let (($x403 (= 0.0 ?x134)))
 (not $x403)))))))))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (let (($x403 (= 0.0 ?x134)))
 (not $x403)))))))))
(assert
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x582 (/ ?x384 exp!1)))
 (let ((?x127 (+ 1.0 ?x582)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x253 (/ ?x55 exp!1)))
 (let ((?x134 (+ ?x253 ?x127)))
 (let ((?x216 (/ 1.0 ?x134)))
 (let ((?x387 (- ?x216)))
 (let ((?x232 (+ 1.0 ?x387)))
 (let ((?x330 (* 0.0 ?x387)))
 (let ((?x711 (+ ?x330 ?x232)))
 (let ((?x480 (+ ?x330 ?x711)))
 (let ((?x433 (/ 1.0 exp!6)))
 (let ((?x702 (* ?x433 ?x480)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x517 (* ?x100 ?x702)))
 (let ((?x101 (- ?x100)))
 (let ((?x329 (/ ?x101 ?x134)))
 (let ((?x183 (+ ?x100 ?x329)))
 (let ((?x230 (* ?x433 ?x183)))
 (or (and (distinct ?x230 ?x517) true))))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (=> (> ?x397 0.0) (= exp!5 ?x397)))))))))
(assert
 (= (< log!206 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!206) (< exp!1 exp!6)))
(assert
 (= (< log!206 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!206) (< exp!2 exp!6)))
(assert
 (= (< log!206 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!206) (< exp!3 exp!6)))
(assert
 (= (< log!206 log!100) (< exp!6 exp!4)))
(assert
 (= (< log!100 log!206) (< exp!4 exp!6)))
(assert
 (= (< log!206 log!152) (< exp!6 exp!5)))
(assert
 (= (< log!152 log!206) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!206 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!206)))
(assert
 (let ((?x384 (* 1.0 exp!2)))
(let ((?x582 (/ ?x384 exp!1)))
(let ((?x127 (+ 1.0 ?x582)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x253 (/ ?x55 exp!1)))
(let ((?x134 (+ ?x253 ?x127)))
(=> (> ?x134 0.0) (= exp!6 ?x134)))))))))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!100 () Real)
(declare-fun log!152 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!206 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (< 0.0 ?x397))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (< 0.0 ?x397))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let (($x136 (= 0.0 ?x397)))
 (not $x136)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (let ((?x271 (/ ?x119 ?x397)))
 (let ((?x273 (- ?x271)))
 (let ((?x322 (+ 1.0 ?x273)))
 (let ((?x312 (* 0.0 ?x273)))
 (let ((?x323 (+ ?x312 ?x322)))
 (let ((?x320 (+ ?x312 ?x323)))
 (let ((?x267 (/ ?x119 exp!5)))
 (let ((?x321 (* ?x267 ?x320)))
 (let ((?x99 (- b)))
 (let ((?x100 (+ |f[1]| ?x99)))
 (let ((?x145 (* ?x100 ?x321)))
 (let ((?x101 (- ?x100)))
 (let ((?x255 (/ ?x101 ?x397)))
 (let ((?x143 (* ?x119 ?x255)))
 (let ((?x144 (+ ?x100 ?x143)))
 (let ((?x261 (* ?x267 ?x144)))
 (or (and (distinct ?x261 ?x145) true)))))))))))))))))))))))))
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
 (= (< log!100 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!100) (< exp!1 exp!4)))
(assert
 (= (< log!100 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!100) (< exp!2 exp!4)))
(assert
 (= (< log!100 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!100) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!100 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!100)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!152 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!152) (< exp!1 exp!5)))
(assert
 (= (< log!152 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!152) (< exp!2 exp!5)))
(assert
 (= (< log!152 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!152) (< exp!3 exp!5)))
(assert
 (= (< log!152 log!100) (< exp!5 exp!4)))
(assert
 (= (< log!100 log!152) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!152 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!152)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x119 (/ ?x9 exp!3)))
 (let ((?x384 (* 1.0 exp!2)))
 (let ((?x462 (/ ?x384 exp!3)))
 (let ((?x362 (+ ?x462 ?x119)))
 (let ((?x397 (+ 1.0 ?x362)))
 (=> (> ?x397 0.0) (= exp!5 ?x397)))))))))
(assert
 (= (< log!206 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!206) (< exp!1 exp!6)))
(assert
 (= (< log!206 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!206) (< exp!2 exp!6)))
(assert
 (= (< log!206 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!206) (< exp!3 exp!6)))
(assert
 (= (< log!206 log!100) (< exp!6 exp!4)))
(assert
 (= (< log!100 log!206) (< exp!4 exp!6)))
(assert
 (= (< log!206 log!152) (< exp!6 exp!5)))
(assert
 (= (< log!152 log!206) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!206 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!206)))
(assert
 (let ((?x384 (* 1.0 exp!2)))
(let ((?x582 (/ ?x384 exp!1)))
(let ((?x127 (+ 1.0 ?x582)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x253 (/ ?x55 exp!1)))
(let ((?x134 (+ ?x253 ?x127)))
(=> (> ?x134 0.0) (= exp!6 ?x134)))))))))
(check-sat)
(pop 1)

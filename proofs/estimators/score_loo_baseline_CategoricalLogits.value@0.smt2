; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'value@0', verdict proved
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
(declare-fun log!53 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
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
 (let ((?x92 (- log!53)))
 (let ((?x27 (- |logits[0]|)))
 (let ((?x8 (+ |logits[1]| ?x27)))
 (let ((?x95 (+ ?x8 ?x92)))
 (let ((?x96 (* 0.0 ?x95)))
 (let ((?x97 (+ ?x92 ?x96)))
 (let ((?x23 (+ |logits[2]| ?x27)))
 (let ((?x93 (+ ?x23 ?x92)))
 (let ((?x94 (* 0.0 ?x93)))
 (let ((?x98 (+ ?x94 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[0]| ?x61)))
 (let ((?x101 (* ?x62 ?x100)))
 (or (and (distinct 0.0 ?x101) true))))))))))))))))))
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
 (= (< log!53 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
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
(declare-fun log!72 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!53 () Real)
(declare-fun exp!5 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x123 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x147 (+ 1.0 ?x149)))
 (< 0.0 ?x147)))))))
(assert
 (let ((?x112 (- log!72)))
 (let ((?x104 (- |logits[2]|)))
 (let ((?x103 (+ |logits[1]| ?x104)))
 (let ((?x108 (+ ?x103 ?x112)))
 (let ((?x107 (* 0.0 ?x108)))
 (let ((?x102 (+ |logits[0]| ?x104)))
 (let ((?x109 (+ ?x102 ?x112)))
 (let ((?x106 (+ ?x109 ?x107)))
 (let ((?x110 (* 0.0 ?x112)))
 (let ((?x276 (+ ?x110 ?x106)))
 (let ((?x243 (- ?x276)))
 (let ((?x212 (+ ?x276 ?x243)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[0]| ?x61)))
 (let ((?x160 (* ?x62 ?x212)))
 (or (and (distinct 0.0 ?x160) true))))))))))))))))))
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
 (= (< log!53 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!72 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!72) (< exp!1 exp!5)))
(assert
 (= (< log!72 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!72) (< exp!2 exp!5)))
(assert
 (= (< log!72 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!72) (< exp!3 exp!5)))
(assert
 (= (< log!72 log!53) (< exp!5 exp!4)))
(assert
 (= (< log!53 log!72) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!72 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!72)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x145 (/ ?x9 exp!3)))
(let ((?x123 (/ (* 1.0 exp!2) exp!3)))
(let ((?x149 (+ ?x123 ?x145)))
(let ((?x147 (+ 1.0 ?x149)))
(=> (> ?x147 0.0) (= exp!5 ?x147))))))))
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
(declare-fun log!93 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!53 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!72 () Real)
(declare-fun exp!6 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x389 (/ ?x134 exp!1)))
 (let ((?x155 (+ 1.0 ?x389)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x172 (/ ?x55 exp!1)))
 (let ((?x401 (+ ?x172 ?x155)))
 (< 0.0 ?x401))))))))
(assert
 (let ((?x307 (- log!93)))
 (let ((?x280 (* 0.0 ?x307)))
 (let ((?x283 (- |logits[1]|)))
 (let ((?x201 (+ |logits[0]| ?x283)))
 (let ((?x358 (+ ?x201 ?x307)))
 (let ((?x287 (+ ?x358 ?x280)))
 (let ((?x277 (+ |logits[2]| ?x283)))
 (let ((?x326 (+ ?x277 ?x307)))
 (let ((?x219 (* 0.0 ?x326)))
 (let ((?x298 (+ ?x219 ?x287)))
 (let ((?x339 (- ?x298)))
 (let ((?x426 (+ ?x298 ?x339)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[0]| ?x61)))
 (let ((?x379 (* ?x62 ?x426)))
 (or (and (distinct 0.0 ?x379) true))))))))))))))))))
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
 (= (< log!53 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!72 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!72) (< exp!1 exp!5)))
(assert
 (= (< log!72 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!72) (< exp!2 exp!5)))
(assert
 (= (< log!72 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!72) (< exp!3 exp!5)))
(assert
 (= (< log!72 log!53) (< exp!5 exp!4)))
(assert
 (= (< log!53 log!72) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!72 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!72)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x147 (+ 1.0 ?x149)))
 (=> (> ?x147 0.0) (= exp!5 ?x147)))))))))
(assert
 (= (< log!93 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!93) (< exp!1 exp!6)))
(assert
 (= (< log!93 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!93) (< exp!2 exp!6)))
(assert
 (= (< log!93 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!93) (< exp!3 exp!6)))
(assert
 (= (< log!93 log!53) (< exp!6 exp!4)))
(assert
 (= (< log!53 log!93) (< exp!4 exp!6)))
(assert
 (= (< log!93 log!72) (< exp!6 exp!5)))
(assert
 (= (< log!72 log!93) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!93 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!93)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x389 (/ ?x134 exp!1)))
(let ((?x155 (+ 1.0 ?x389)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x172 (/ ?x55 exp!1)))
(let ((?x401 (+ ?x172 ?x155)))
(=> (> ?x401 0.0) (= exp!6 ?x401)))))))))
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
(declare-fun log!72 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!53 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!93 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x147 (+ 1.0 ?x149)))
 (< 0.0 ?x147))))))))
(assert
 (let ((?x112 (- log!72)))
 (let ((?x104 (- |logits[2]|)))
 (let ((?x103 (+ |logits[1]| ?x104)))
 (let ((?x108 (+ ?x103 ?x112)))
 (let ((?x107 (* 0.0 ?x108)))
 (let ((?x102 (+ |logits[0]| ?x104)))
 (let ((?x109 (+ ?x102 ?x112)))
 (let ((?x106 (+ ?x109 ?x107)))
 (let ((?x110 (* 0.0 ?x112)))
 (let ((?x276 (+ ?x110 ?x106)))
 (let ((?x243 (- ?x276)))
 (let ((?x212 (+ ?x276 ?x243)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[0]| ?x61)))
 (let ((?x160 (* ?x62 ?x212)))
 (or (and (distinct 0.0 ?x160) true))))))))))))))))))
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
 (= (< log!53 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!53) (< exp!1 exp!4)))
(assert
 (= (< log!53 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!53) (< exp!2 exp!4)))
(assert
 (= (< log!53 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!53) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!53 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!53)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!72 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!72) (< exp!1 exp!5)))
(assert
 (= (< log!72 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!72) (< exp!2 exp!5)))
(assert
 (= (< log!72 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!72) (< exp!3 exp!5)))
(assert
 (= (< log!72 log!53) (< exp!5 exp!4)))
(assert
 (= (< log!53 log!72) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!72 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!72)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x145 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x149 (+ ?x123 ?x145)))
 (let ((?x147 (+ 1.0 ?x149)))
 (=> (> ?x147 0.0) (= exp!5 ?x147)))))))))
(assert
 (= (< log!93 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!93) (< exp!1 exp!6)))
(assert
 (= (< log!93 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!93) (< exp!2 exp!6)))
(assert
 (= (< log!93 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!93) (< exp!3 exp!6)))
(assert
 (= (< log!93 log!53) (< exp!6 exp!4)))
(assert
 (= (< log!53 log!93) (< exp!4 exp!6)))
(assert
 (= (< log!93 log!72) (< exp!6 exp!5)))
(assert
 (= (< log!72 log!93) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!93 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!93)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x389 (/ ?x134 exp!1)))
(let ((?x155 (+ 1.0 ?x389)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x172 (/ ?x55 exp!1)))
(let ((?x401 (+ ?x172 ?x155)))
(=> (> ?x401 0.0) (= exp!6 ?x401)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'value@1', verdict proved
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
(declare-fun |f[1]| () Real)
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
 (let ((?x96 (* 0.0 ?x92)))
 (let ((?x27 (- |logits[0]|)))
 (let ((?x8 (+ |logits[1]| ?x27)))
 (let ((?x95 (+ ?x8 ?x92)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x23 (+ |logits[2]| ?x27)))
 (let ((?x93 (+ ?x23 ?x92)))
 (let ((?x94 (* 0.0 ?x93)))
 (let ((?x98 (+ ?x94 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x124 (/ ?x9 exp!3)))
 (let ((?x123 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x155 (+ ?x123 ?x124)))
 (let ((?x145 (+ 1.0 ?x155)))
 (< 0.0 ?x145)))))))
(assert
 (let ((?x117 (- log!72)))
 (let ((?x104 (- |logits[2]|)))
 (let ((?x102 (+ |logits[0]| ?x104)))
 (let ((?x114 (+ ?x102 ?x117)))
 (let ((?x112 (* 0.0 ?x114)))
 (let ((?x103 (+ |logits[1]| ?x104)))
 (let ((?x115 (+ ?x103 ?x117)))
 (let ((?x110 (+ ?x115 ?x112)))
 (let ((?x116 (* 0.0 ?x117)))
 (let ((?x109 (+ ?x116 ?x110)))
 (let ((?x108 (- ?x109)))
 (let ((?x107 (+ ?x109 ?x108)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
 (let ((?x106 (* ?x62 ?x107)))
 (or (and (distinct 0.0 ?x106) true))))))))))))))))))
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
(let ((?x124 (/ ?x9 exp!3)))
(let ((?x123 (/ (* 1.0 exp!2) exp!3)))
(let ((?x155 (+ ?x123 ?x124)))
(let ((?x145 (+ 1.0 ?x155)))
(=> (> ?x145 0.0) (= exp!5 ?x145))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x169 (/ ?x134 exp!1)))
 (let ((?x265 (+ 1.0 ?x169)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x204 (/ ?x55 exp!1)))
 (let ((?x285 (+ ?x204 ?x265)))
 (< 0.0 ?x285))))))))
(assert
 (let ((?x298 (- log!93)))
 (let ((?x398 (- |logits[1]|)))
 (let ((?x336 (+ |logits[0]| ?x398)))
 (let ((?x195 (+ ?x336 ?x298)))
 (let ((?x282 (* 0.0 ?x195)))
 (let ((?x234 (+ ?x298 ?x282)))
 (let ((?x341 (+ |logits[2]| ?x398)))
 (let ((?x416 (+ ?x341 ?x298)))
 (let ((?x220 (* 0.0 ?x416)))
 (let ((?x171 (+ ?x220 ?x234)))
 (let ((?x337 (- ?x171)))
 (let ((?x423 (+ ?x171 ?x337)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
 (let ((?x382 (* ?x62 ?x423)))
 (or (and (distinct 0.0 ?x382) true))))))))))))))))))
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
 (let ((?x124 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x155 (+ ?x123 ?x124)))
 (let ((?x145 (+ 1.0 ?x155)))
 (=> (> ?x145 0.0) (= exp!5 ?x145)))))))))
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
(let ((?x169 (/ ?x134 exp!1)))
(let ((?x265 (+ 1.0 ?x169)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x204 (/ ?x55 exp!1)))
(let ((?x285 (+ ?x204 ?x265)))
(=> (> ?x285 0.0) (= exp!6 ?x285)))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x124 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x155 (+ ?x123 ?x124)))
 (let ((?x145 (+ 1.0 ?x155)))
 (< 0.0 ?x145))))))))
(assert
 (let ((?x117 (- log!72)))
 (let ((?x104 (- |logits[2]|)))
 (let ((?x102 (+ |logits[0]| ?x104)))
 (let ((?x114 (+ ?x102 ?x117)))
 (let ((?x112 (* 0.0 ?x114)))
 (let ((?x103 (+ |logits[1]| ?x104)))
 (let ((?x115 (+ ?x103 ?x117)))
 (let ((?x110 (+ ?x115 ?x112)))
 (let ((?x116 (* 0.0 ?x117)))
 (let ((?x109 (+ ?x116 ?x110)))
 (let ((?x108 (- ?x109)))
 (let ((?x107 (+ ?x109 ?x108)))
 (let ((?x61 (- b)))
 (let ((?x62 (+ |f[1]| ?x61)))
 (let ((?x106 (* ?x62 ?x107)))
 (or (and (distinct 0.0 ?x106) true))))))))))))))))))
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
 (let ((?x124 (/ ?x9 exp!3)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x123 (/ ?x134 exp!3)))
 (let ((?x155 (+ ?x123 ?x124)))
 (let ((?x145 (+ 1.0 ?x155)))
 (=> (> ?x145 0.0) (= exp!5 ?x145)))))))))
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
(let ((?x169 (/ ?x134 exp!1)))
(let ((?x265 (+ 1.0 ?x169)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x204 (/ ?x55 exp!1)))
(let ((?x285 (+ ?x204 ?x265)))
(=> (> ?x285 0.0) (= exp!6 ?x285)))))))))
(check-sat)
(pop 1)

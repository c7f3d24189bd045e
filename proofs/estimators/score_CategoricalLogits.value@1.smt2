; certjax: rule estimators.score_CategoricalLogits, obligation 'value@1', verdict proved
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
(declare-fun log!48 () Real)
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
 (let ((?x89 (- log!48)))
 (let ((?x93 (* 0.0 ?x89)))
 (let ((?x27 (- |logits[0]|)))
 (let ((?x8 (+ |logits[1]| ?x27)))
 (let ((?x92 (+ ?x8 ?x89)))
 (let ((?x94 (+ ?x92 ?x93)))
 (let ((?x23 (+ |logits[2]| ?x27)))
 (let ((?x90 (+ ?x23 ?x89)))
 (let ((?x91 (* 0.0 ?x90)))
 (let ((?x95 (+ ?x91 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x98 (* |f[1]| ?x97)))
 (or (and (distinct 0.0 ?x98) true))))))))))))))))
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
 (= (< log!48 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
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
(declare-fun log!67 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!48 () Real)
(declare-fun exp!5 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x121 (/ ?x9 exp!3)))
 (let ((?x120 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x123 (+ 1.0 ?x122)))
 (< 0.0 ?x123)))))))
(assert
 (let ((?x112 (- log!67)))
 (let ((?x101 (- |logits[2]|)))
 (let ((?x99 (+ |logits[0]| ?x101)))
 (let ((?x107 (+ ?x99 ?x112)))
 (let ((?x106 (* 0.0 ?x107)))
 (let ((?x100 (+ |logits[1]| ?x101)))
 (let ((?x109 (+ ?x100 ?x112)))
 (let ((?x105 (+ ?x109 ?x106)))
 (let ((?x111 (* 0.0 ?x112)))
 (let ((?x104 (+ ?x111 ?x105)))
 (let ((?x103 (- ?x104)))
 (let ((?x275 (+ ?x104 ?x103)))
 (let ((?x242 (* |f[1]| ?x275)))
 (or (and (distinct 0.0 ?x242) true))))))))))))))))
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
 (= (< log!48 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!67 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!67) (< exp!1 exp!5)))
(assert
 (= (< log!67 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!67) (< exp!2 exp!5)))
(assert
 (= (< log!67 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!67) (< exp!3 exp!5)))
(assert
 (= (< log!67 log!48) (< exp!5 exp!4)))
(assert
 (= (< log!48 log!67) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!67 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!67)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x121 (/ ?x9 exp!3)))
(let ((?x120 (/ (* 1.0 exp!2) exp!3)))
(let ((?x122 (+ ?x120 ?x121)))
(let ((?x123 (+ 1.0 ?x122)))
(=> (> ?x123 0.0) (= exp!5 ?x123))))))))
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
(declare-fun log!88 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!48 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!67 () Real)
(declare-fun exp!6 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x131 (* 1.0 exp!2)))
 (let ((?x233 (/ ?x131 exp!1)))
 (let ((?x208 (+ 1.0 ?x233)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x348 (/ ?x55 exp!1)))
 (let ((?x281 (+ ?x348 ?x208)))
 (< 0.0 ?x281))))))))
(assert
 (let ((?x410 (- log!88)))
 (let ((?x392 (- |logits[1]|)))
 (let ((?x347 (+ |logits[0]| ?x392)))
 (let ((?x391 (+ ?x347 ?x410)))
 (let ((?x283 (* 0.0 ?x391)))
 (let ((?x367 (+ ?x410 ?x283)))
 (let ((?x231 (+ |logits[2]| ?x392)))
 (let ((?x225 (+ ?x231 ?x410)))
 (let ((?x424 (* 0.0 ?x225)))
 (let ((?x297 (+ ?x424 ?x367)))
 (let ((?x420 (- ?x297)))
 (let ((?x334 (+ ?x297 ?x420)))
 (let ((?x308 (* |f[1]| ?x334)))
 (or (and (distinct 0.0 ?x308) true))))))))))))))))
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
 (= (< log!48 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!67 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!67) (< exp!1 exp!5)))
(assert
 (= (< log!67 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!67) (< exp!2 exp!5)))
(assert
 (= (< log!67 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!67) (< exp!3 exp!5)))
(assert
 (= (< log!67 log!48) (< exp!5 exp!4)))
(assert
 (= (< log!48 log!67) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!67 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!67)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x121 (/ ?x9 exp!3)))
 (let ((?x131 (* 1.0 exp!2)))
 (let ((?x120 (/ ?x131 exp!3)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x123 (+ 1.0 ?x122)))
 (=> (> ?x123 0.0) (= exp!5 ?x123)))))))))
(assert
 (= (< log!88 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!88) (< exp!1 exp!6)))
(assert
 (= (< log!88 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!88) (< exp!2 exp!6)))
(assert
 (= (< log!88 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!88) (< exp!3 exp!6)))
(assert
 (= (< log!88 log!48) (< exp!6 exp!4)))
(assert
 (= (< log!48 log!88) (< exp!4 exp!6)))
(assert
 (= (< log!88 log!67) (< exp!6 exp!5)))
(assert
 (= (< log!67 log!88) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!88 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!88)))
(assert
 (let ((?x131 (* 1.0 exp!2)))
(let ((?x233 (/ ?x131 exp!1)))
(let ((?x208 (+ 1.0 ?x233)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x348 (/ ?x55 exp!1)))
(let ((?x281 (+ ?x348 ?x208)))
(=> (> ?x281 0.0) (= exp!6 ?x281)))))))))
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
(declare-fun log!67 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!48 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!88 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x121 (/ ?x9 exp!3)))
 (let ((?x131 (* 1.0 exp!2)))
 (let ((?x120 (/ ?x131 exp!3)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x123 (+ 1.0 ?x122)))
 (< 0.0 ?x123))))))))
(assert
 (let ((?x112 (- log!67)))
 (let ((?x101 (- |logits[2]|)))
 (let ((?x99 (+ |logits[0]| ?x101)))
 (let ((?x107 (+ ?x99 ?x112)))
 (let ((?x106 (* 0.0 ?x107)))
 (let ((?x100 (+ |logits[1]| ?x101)))
 (let ((?x109 (+ ?x100 ?x112)))
 (let ((?x105 (+ ?x109 ?x106)))
 (let ((?x111 (* 0.0 ?x112)))
 (let ((?x104 (+ ?x111 ?x105)))
 (let ((?x103 (- ?x104)))
 (let ((?x275 (+ ?x104 ?x103)))
 (let ((?x242 (* |f[1]| ?x275)))
 (or (and (distinct 0.0 ?x242) true))))))))))))))))
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
 (= (< log!48 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!67 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!67) (< exp!1 exp!5)))
(assert
 (= (< log!67 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!67) (< exp!2 exp!5)))
(assert
 (= (< log!67 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!67) (< exp!3 exp!5)))
(assert
 (= (< log!67 log!48) (< exp!5 exp!4)))
(assert
 (= (< log!48 log!67) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!67 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!67)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x121 (/ ?x9 exp!3)))
 (let ((?x131 (* 1.0 exp!2)))
 (let ((?x120 (/ ?x131 exp!3)))
 (let ((?x122 (+ ?x120 ?x121)))
 (let ((?x123 (+ 1.0 ?x122)))
 (=> (> ?x123 0.0) (= exp!5 ?x123)))))))))
(assert
 (= (< log!88 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!88) (< exp!1 exp!6)))
(assert
 (= (< log!88 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!88) (< exp!2 exp!6)))
(assert
 (= (< log!88 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!88) (< exp!3 exp!6)))
(assert
 (= (< log!88 log!48) (< exp!6 exp!4)))
(assert
 (= (< log!48 log!88) (< exp!4 exp!6)))
(assert
 (= (< log!88 log!67) (< exp!6 exp!5)))
(assert
 (= (< log!67 log!88) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!88 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!88)))
(assert
 (let ((?x131 (* 1.0 exp!2)))
(let ((?x233 (/ ?x131 exp!1)))
(let ((?x208 (+ 1.0 ?x233)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x348 (/ ?x55 exp!1)))
(let ((?x281 (+ ?x348 ?x208)))
(=> (> ?x281 0.0) (= exp!6 ?x281)))))))))
(check-sat)
(pop 1)

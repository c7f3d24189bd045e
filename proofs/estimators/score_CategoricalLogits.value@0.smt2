; certjax: rule estimators.score_CategoricalLogits, obligation 'value@0', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!48 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x88 (- log!48)))
 (let ((?x57 (- |logits[0]|)))
 (let ((?x91 (+ |logits[1]| ?x57)))
 (let ((?x92 (+ ?x91 ?x88)))
 (let ((?x93 (* 0.0 ?x92)))
 (let ((?x94 (+ ?x88 ?x93)))
 (let ((?x58 (+ |logits[2]| ?x57)))
 (let ((?x89 (+ ?x58 ?x88)))
 (let ((?x90 (* 0.0 ?x89)))
 (let ((?x95 (+ ?x90 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x98 (* |f[0]| ?x97)))
 (or (and (distinct 0.0 ?x98) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(=> (> ?x54 0.0) (= exp!4 ?x54)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!67 () Real)
(declare-fun |f[0]| () Real)
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
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x101 (/ ?x51 exp!1)))
 (let ((?x100 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x132 (+ ?x100 ?x101)))
 (let ((?x120 (+ 1.0 ?x132)))
 (< 0.0 ?x120)))))))
(assert
 (let ((?x111 (- log!67)))
 (let ((?x107 (- |logits[2]|)))
 (let ((?x104 (+ |logits[1]| ?x107)))
 (let ((?x103 (+ ?x104 ?x111)))
 (let ((?x271 (* 0.0 ?x103)))
 (let ((?x106 (+ |logits[0]| ?x107)))
 (let ((?x105 (+ ?x106 ?x111)))
 (let ((?x238 (+ ?x105 ?x271)))
 (let ((?x109 (* 0.0 ?x111)))
 (let ((?x202 (+ ?x109 ?x238)))
 (let ((?x175 (- ?x202)))
 (let ((?x207 (+ ?x202 ?x175)))
 (let ((?x217 (* |f[0]| ?x207)))
 (or (and (distinct 0.0 ?x217) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (=> (> ?x54 0.0) (= exp!4 ?x54))))))))
(assert
 (= (< log!67 |logits[2]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[2]| log!67) (< exp!1 exp!5)))
(assert
 (= (< log!67 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!67) (< exp!2 exp!5)))
(assert
 (= (< log!67 |logits[1]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[1]| log!67) (< exp!3 exp!5)))
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
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x101 (/ ?x51 exp!1)))
(let ((?x100 (/ (* 1.0 exp!2) exp!1)))
(let ((?x132 (+ ?x100 ?x101)))
(let ((?x120 (+ 1.0 ?x132)))
(=> (> ?x120 0.0) (= exp!5 ?x120))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!88 () Real)
(declare-fun |f[0]| () Real)
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
 (let ((?x99 (* 1.0 exp!2)))
 (let ((?x225 (/ ?x99 exp!3)))
 (let ((?x371 (+ 1.0 ?x225)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x284 (/ ?x24 exp!3)))
 (let ((?x419 (+ ?x284 ?x371)))
 (< 0.0 ?x419))))))))
(assert
 (let ((?x156 (- log!88)))
 (let ((?x414 (* 0.0 ?x156)))
 (let ((?x388 (- |logits[1]|)))
 (let ((?x324 (+ |logits[0]| ?x388)))
 (let ((?x337 (+ ?x324 ?x156)))
 (let ((?x376 (+ ?x337 ?x414)))
 (let ((?x281 (+ |logits[2]| ?x388)))
 (let ((?x389 (+ ?x281 ?x156)))
 (let ((?x228 (* 0.0 ?x389)))
 (let ((?x392 (+ ?x228 ?x376)))
 (let ((?x393 (- ?x392)))
 (let ((?x336 (+ ?x392 ?x393)))
 (let ((?x405 (* |f[0]| ?x336)))
 (or (and (distinct 0.0 ?x405) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (=> (> ?x54 0.0) (= exp!4 ?x54)))))))))
(assert
 (= (< log!67 |logits[2]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[2]| log!67) (< exp!1 exp!5)))
(assert
 (= (< log!67 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!67) (< exp!2 exp!5)))
(assert
 (= (< log!67 |logits[1]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[1]| log!67) (< exp!3 exp!5)))
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
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x101 (/ ?x51 exp!1)))
 (let ((?x99 (* 1.0 exp!2)))
 (let ((?x100 (/ ?x99 exp!1)))
 (let ((?x132 (+ ?x100 ?x101)))
 (let ((?x120 (+ 1.0 ?x132)))
 (=> (> ?x120 0.0) (= exp!5 ?x120)))))))))
(assert
 (= (< log!88 |logits[2]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[2]| log!88) (< exp!1 exp!6)))
(assert
 (= (< log!88 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!88) (< exp!2 exp!6)))
(assert
 (= (< log!88 |logits[1]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[1]| log!88) (< exp!3 exp!6)))
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
 (let ((?x99 (* 1.0 exp!2)))
(let ((?x225 (/ ?x99 exp!3)))
(let ((?x371 (+ 1.0 ?x225)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x284 (/ ?x24 exp!3)))
(let ((?x419 (+ ?x284 ?x371)))
(=> (> ?x419 0.0) (= exp!6 ?x419)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!67 () Real)
(declare-fun |f[0]| () Real)
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
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x101 (/ ?x51 exp!1)))
 (let ((?x99 (* 1.0 exp!2)))
 (let ((?x100 (/ ?x99 exp!1)))
 (let ((?x132 (+ ?x100 ?x101)))
 (let ((?x120 (+ 1.0 ?x132)))
 (< 0.0 ?x120))))))))
(assert
 (let ((?x111 (- log!67)))
 (let ((?x107 (- |logits[2]|)))
 (let ((?x104 (+ |logits[1]| ?x107)))
 (let ((?x103 (+ ?x104 ?x111)))
 (let ((?x271 (* 0.0 ?x103)))
 (let ((?x106 (+ |logits[0]| ?x107)))
 (let ((?x105 (+ ?x106 ?x111)))
 (let ((?x238 (+ ?x105 ?x271)))
 (let ((?x109 (* 0.0 ?x111)))
 (let ((?x202 (+ ?x109 ?x238)))
 (let ((?x175 (- ?x202)))
 (let ((?x207 (+ ?x202 ?x175)))
 (let ((?x217 (* |f[0]| ?x207)))
 (or (and (distinct 0.0 ?x217) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< log!48 |logits[2]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[2]| log!48) (< exp!1 exp!4)))
(assert
 (= (< log!48 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!48) (< exp!2 exp!4)))
(assert
 (= (< log!48 |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| log!48) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!48 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!48)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (=> (> ?x54 0.0) (= exp!4 ?x54)))))))))
(assert
 (= (< log!67 |logits[2]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[2]| log!67) (< exp!1 exp!5)))
(assert
 (= (< log!67 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!67) (< exp!2 exp!5)))
(assert
 (= (< log!67 |logits[1]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[1]| log!67) (< exp!3 exp!5)))
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
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x101 (/ ?x51 exp!1)))
 (let ((?x99 (* 1.0 exp!2)))
 (let ((?x100 (/ ?x99 exp!1)))
 (let ((?x132 (+ ?x100 ?x101)))
 (let ((?x120 (+ 1.0 ?x132)))
 (=> (> ?x120 0.0) (= exp!5 ?x120)))))))))
(assert
 (= (< log!88 |logits[2]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[2]| log!88) (< exp!1 exp!6)))
(assert
 (= (< log!88 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!88) (< exp!2 exp!6)))
(assert
 (= (< log!88 |logits[1]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[1]| log!88) (< exp!3 exp!6)))
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
 (let ((?x99 (* 1.0 exp!2)))
(let ((?x225 (/ ?x99 exp!3)))
(let ((?x371 (+ 1.0 ?x225)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x284 (/ ?x24 exp!3)))
(let ((?x419 (+ ?x284 ?x371)))
(=> (> ?x419 0.0) (= exp!6 ?x419)))))))))
(check-sat)
(pop 1)

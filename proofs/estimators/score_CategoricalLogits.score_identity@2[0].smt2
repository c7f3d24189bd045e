; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[0]', verdict proved
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
 (let ((?x102 (/ 1.0 ?x57)))
 (let ((?x103 (- ?x102)))
 (let ((?x106 (* 0.0 ?x103)))
 (let ((?x104 (+ 1.0 ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x107 (+ ?x105 ?x106)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x100 (/ ?x56 exp!4)))
 (let ((?x109 (* ?x100 ?x108)))
 (let ((?x110 (* |f[2]| ?x109)))
 (let ((?x98 (- |f[2]|)))
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
 (let ((?x141 (* 0.0 ?x290)))
 (let ((?x287 (+ 1.0 ?x290)))
 (let ((?x288 (* 0.0 ?x287)))
 (let ((?x142 (+ ?x288 ?x141)))
 (let ((?x137 (+ ?x290 ?x142)))
 (let ((?x240 (/ 1.0 exp!5)))
 (let ((?x138 (* ?x240 ?x137)))
 (let ((?x314 (* |f[2]| ?x138)))
 (let ((?x98 (- |f[2]|)))
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
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (< 0.0 ?x473))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (let (($x451 (= 0.0 ?x473)))
 (not $x451)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (let (($x451 (= 0.0 ?x473)))
 (not $x451)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (let (($x451 (= 0.0 ?x473)))
 (not $x451)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (< 0.0 ?x473))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (let (($x451 (= 0.0 ?x473)))
 (not $x451)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (let (($x451 (= 0.0 ?x473)))
 (not $x451)))))))))
(assert
 (let ((?x436 (* 1.0 exp!2)))
 (let ((?x226 (/ ?x436 exp!1)))
 (let ((?x150 (+ 1.0 ?x226)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x684 (/ ?x55 exp!1)))
 (let ((?x473 (+ ?x684 ?x150)))
 (let ((?x348 (/ ?x226 ?x473)))
 (let ((?x275 (- ?x348)))
 (let ((?x682 (* 0.0 ?x275)))
 (let ((?x185 (+ 1.0 ?x275)))
 (let ((?x364 (* 0.0 ?x185)))
 (let ((?x665 (+ ?x364 ?x682)))
 (let ((?x276 (+ ?x275 ?x665)))
 (let ((?x442 (/ ?x684 exp!6)))
 (let ((?x256 (* ?x442 ?x276)))
 (let ((?x257 (* |f[2]| ?x256)))
 (let ((?x98 (- |f[2]|)))
 (let ((?x474 (/ ?x98 ?x473)))
 (let ((?x227 (* ?x226 ?x474)))
 (let ((?x341 (* ?x442 ?x227)))
 (or (and (distinct ?x341 ?x257) true)))))))))))))))))))))))
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
(let ((?x226 (/ ?x436 exp!1)))
(let ((?x150 (+ 1.0 ?x226)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x684 (/ ?x55 exp!1)))
(let ((?x473 (+ ?x684 ?x150)))
(=> (> ?x473 0.0) (= exp!6 ?x473)))))))))
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
 (let ((?x141 (* 0.0 ?x290)))
 (let ((?x287 (+ 1.0 ?x290)))
 (let ((?x288 (* 0.0 ?x287)))
 (let ((?x142 (+ ?x288 ?x141)))
 (let ((?x137 (+ ?x290 ?x142)))
 (let ((?x240 (/ 1.0 exp!5)))
 (let ((?x138 (* ?x240 ?x137)))
 (let ((?x314 (* |f[2]| ?x138)))
 (let ((?x98 (- |f[2]|)))
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
(let ((?x226 (/ ?x436 exp!1)))
(let ((?x150 (+ 1.0 ?x226)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x684 (/ ?x55 exp!1)))
(let ((?x473 (+ ?x684 ?x150)))
(=> (> ?x473 0.0) (= exp!6 ?x473)))))))))
(check-sat)
(pop 1)

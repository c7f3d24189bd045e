; certjax: rule estimators.score_OneHotCategoricalLogits, obligation 'score_identity@2[2]', verdict proved
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
(declare-fun log!124 () Real)
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
 (let ((?x113 (/ ?x56 ?x57)))
 (let ((?x114 (- ?x113)))
 (let ((?x116 (* 0.0 ?x114)))
 (let ((?x117 (+ ?x116 ?x116)))
 (let ((?x115 (+ 1.0 ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x111 (/ ?x56 exp!4)))
 (let ((?x119 (* ?x111 ?x118)))
 (let ((?x120 (* |f[2]| ?x119)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x104 (* 0.0 ?x102)))
 (let ((?x105 (- ?x104)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x103 (- ?x102)))
 (let ((?x107 (+ ?x103 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (* ?x56 ?x108)))
 (let ((?x110 (+ ?x102 ?x109)))
 (let ((?x112 (* ?x111 ?x110)))
 (or (and (distinct ?x112 ?x120) true))))))))))))))))))))))))))))
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
 (= (< log!124 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!124) (< exp!1 exp!4)))
(assert
 (= (< log!124 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!124) (< exp!2 exp!4)))
(assert
 (= (< log!124 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!124) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!124 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!124)))
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
(declare-fun log!124 () Real)
(declare-fun log!189 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (< 0.0 ?x388)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (< 0.0 ?x388)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let ((?x246 (/ 1.0 ?x388)))
 (let ((?x149 (- ?x246)))
 (let ((?x258 (* 0.0 ?x149)))
 (let ((?x252 (+ ?x258 ?x258)))
 (let ((?x150 (+ 1.0 ?x149)))
 (let ((?x262 (+ ?x150 ?x252)))
 (let ((?x248 (/ 1.0 exp!5)))
 (let ((?x264 (* ?x248 ?x262)))
 (let ((?x282 (* |f[2]| ?x264)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x104 (* 0.0 ?x102)))
 (let ((?x105 (- ?x104)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x103 (- ?x102)))
 (let ((?x107 (+ ?x103 ?x106)))
 (let ((?x237 (/ ?x107 ?x388)))
 (let ((?x247 (+ ?x102 ?x237)))
 (let ((?x245 (* ?x248 ?x247)))
 (or (and (distinct ?x245 ?x282) true))))))))))))))))))))))))))))
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
 (= (< log!124 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!124) (< exp!1 exp!4)))
(assert
 (= (< log!124 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!124) (< exp!2 exp!4)))
(assert
 (= (< log!124 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!124) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!124 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!124)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!189 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!189) (< exp!1 exp!5)))
(assert
 (= (< log!189 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!189) (< exp!2 exp!5)))
(assert
 (= (< log!189 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!189) (< exp!3 exp!5)))
(assert
 (= (< log!189 log!124) (< exp!5 exp!4)))
(assert
 (= (< log!124 log!189) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!189 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!189)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x453 (/ (* 1.0 exp!2) exp!3)))
(let ((?x375 (+ ?x453 ?x125)))
(let ((?x388 (+ 1.0 ?x375)))
(=> (> ?x388 0.0) (= exp!5 ?x388))))))))
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
(declare-fun log!124 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!189 () Real)
(declare-fun log!256 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (< 0.0 ?x280))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (let (($x430 (= 0.0 ?x280)))
 (not $x430)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (let (($x430 (= 0.0 ?x280)))
 (not $x430)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (let (($x430 (= 0.0 ?x280)))
 (not $x430)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (< 0.0 ?x280))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (let (($x430 (= 0.0 ?x280)))
 (not $x430)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (let (($x430 (= 0.0 ?x280)))
 (not $x430)))))))))
(assert
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x518 (/ ?x353 exp!1)))
 (let ((?x487 (+ 1.0 ?x518)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x299 (/ ?x55 exp!1)))
 (let ((?x280 (+ ?x299 ?x487)))
 (let ((?x241 (/ ?x299 ?x280)))
 (let ((?x700 (- ?x241)))
 (let ((?x242 (* 0.0 ?x700)))
 (let ((?x307 (+ ?x242 ?x242)))
 (let ((?x685 (+ 1.0 ?x700)))
 (let ((?x308 (+ ?x685 ?x307)))
 (let ((?x324 (/ ?x299 exp!6)))
 (let ((?x330 (* ?x324 ?x308)))
 (let ((?x275 (* |f[2]| ?x330)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x104 (* 0.0 ?x102)))
 (let ((?x105 (- ?x104)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x103 (- ?x102)))
 (let ((?x107 (+ ?x103 ?x106)))
 (let ((?x392 (/ ?x107 ?x280)))
 (let ((?x283 (* ?x299 ?x392)))
 (let ((?x229 (+ ?x102 ?x283)))
 (let ((?x406 (* ?x324 ?x229)))
 (or (and (distinct ?x406 ?x275) true))))))))))))))))))))))))))))))
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
 (= (< log!124 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!124) (< exp!1 exp!4)))
(assert
 (= (< log!124 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!124) (< exp!2 exp!4)))
(assert
 (= (< log!124 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!124) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!124 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!124)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!189 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!189) (< exp!1 exp!5)))
(assert
 (= (< log!189 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!189) (< exp!2 exp!5)))
(assert
 (= (< log!189 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!189) (< exp!3 exp!5)))
(assert
 (= (< log!189 log!124) (< exp!5 exp!4)))
(assert
 (= (< log!124 log!189) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!189 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!189)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (=> (> ?x388 0.0) (= exp!5 ?x388)))))))))
(assert
 (= (< log!256 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!256) (< exp!1 exp!6)))
(assert
 (= (< log!256 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!256) (< exp!2 exp!6)))
(assert
 (= (< log!256 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!256) (< exp!3 exp!6)))
(assert
 (= (< log!256 log!124) (< exp!6 exp!4)))
(assert
 (= (< log!124 log!256) (< exp!4 exp!6)))
(assert
 (= (< log!256 log!189) (< exp!6 exp!5)))
(assert
 (= (< log!189 log!256) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!256 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!256)))
(assert
 (let ((?x353 (* 1.0 exp!2)))
(let ((?x518 (/ ?x353 exp!1)))
(let ((?x487 (+ 1.0 ?x518)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x299 (/ ?x55 exp!1)))
(let ((?x280 (+ ?x299 ?x487)))
(=> (> ?x280 0.0) (= exp!6 ?x280)))))))))
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
(declare-fun log!124 () Real)
(declare-fun log!189 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!256 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (< 0.0 ?x388))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (< 0.0 ?x388))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (let ((?x246 (/ 1.0 ?x388)))
 (let ((?x149 (- ?x246)))
 (let ((?x258 (* 0.0 ?x149)))
 (let ((?x252 (+ ?x258 ?x258)))
 (let ((?x150 (+ 1.0 ?x149)))
 (let ((?x262 (+ ?x150 ?x252)))
 (let ((?x248 (/ 1.0 exp!5)))
 (let ((?x264 (* ?x248 ?x262)))
 (let ((?x282 (* |f[2]| ?x264)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x104 (* 0.0 ?x102)))
 (let ((?x105 (- ?x104)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x103 (- ?x102)))
 (let ((?x107 (+ ?x103 ?x106)))
 (let ((?x237 (/ ?x107 ?x388)))
 (let ((?x247 (+ ?x102 ?x237)))
 (let ((?x245 (* ?x248 ?x247)))
 (or (and (distinct ?x245 ?x282) true)))))))))))))))))))))))))))))
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
 (= (< log!124 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!124) (< exp!1 exp!4)))
(assert
 (= (< log!124 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!124) (< exp!2 exp!4)))
(assert
 (= (< log!124 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!124) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!124 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!124)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!189 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!189) (< exp!1 exp!5)))
(assert
 (= (< log!189 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!189) (< exp!2 exp!5)))
(assert
 (= (< log!189 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!189) (< exp!3 exp!5)))
(assert
 (= (< log!189 log!124) (< exp!5 exp!4)))
(assert
 (= (< log!124 log!189) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!189 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!189)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x353 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x353 exp!3)))
 (let ((?x375 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x375)))
 (=> (> ?x388 0.0) (= exp!5 ?x388)))))))))
(assert
 (= (< log!256 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!256) (< exp!1 exp!6)))
(assert
 (= (< log!256 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!256) (< exp!2 exp!6)))
(assert
 (= (< log!256 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!256) (< exp!3 exp!6)))
(assert
 (= (< log!256 log!124) (< exp!6 exp!4)))
(assert
 (= (< log!124 log!256) (< exp!4 exp!6)))
(assert
 (= (< log!256 log!189) (< exp!6 exp!5)))
(assert
 (= (< log!189 log!256) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!256 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!256)))
(assert
 (let ((?x353 (* 1.0 exp!2)))
(let ((?x518 (/ ?x353 exp!1)))
(let ((?x487 (+ 1.0 ?x518)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x299 (/ ?x55 exp!1)))
(let ((?x280 (+ ?x299 ?x487)))
(=> (> ?x280 0.0) (= exp!6 ?x280)))))))))
(check-sat)
(pop 1)

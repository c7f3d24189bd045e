; certjax: rule estimators.score_OneHotCategoricalLogits, obligation 'score_identity@1[1]', verdict proved
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
 (let ((?x113 (/ ?x36 ?x57)))
 (let ((?x114 (- ?x113)))
 (let ((?x116 (+ 1.0 ?x114)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x111 (/ ?x36 exp!4)))
 (let ((?x119 (* ?x111 ?x118)))
 (let ((?x120 (* |f[1]| ?x119)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (* ?x36 ?x108)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (< 0.0 ?x388)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (< 0.0 ?x388)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x453 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let ((?x147 (/ ?x125 ?x388)))
 (let ((?x148 (- ?x147)))
 (let ((?x270 (+ 1.0 ?x148)))
 (let ((?x269 (* 0.0 ?x148)))
 (let ((?x220 (+ ?x269 ?x270)))
 (let ((?x221 (+ ?x269 ?x220)))
 (let ((?x151 (/ ?x125 exp!5)))
 (let ((?x143 (* ?x151 ?x221)))
 (let ((?x144 (* |f[1]| ?x143)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x314 (/ ?x107 ?x388)))
 (let ((?x311 (* ?x125 ?x314)))
 (let ((?x312 (+ ?x102 ?x311)))
 (let ((?x152 (* ?x151 ?x312)))
 (or (and (distinct ?x152 ?x144) true)))))))))))))))))))))))))))))
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
(let ((?x353 (+ ?x453 ?x125)))
(let ((?x388 (+ 1.0 ?x353)))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (< 0.0 ?x419))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (let (($x475 (= 0.0 ?x419)))
 (not $x475)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (let (($x475 (= 0.0 ?x419)))
 (not $x475)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (let (($x475 (= 0.0 ?x419)))
 (not $x475)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (< 0.0 ?x419))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (let (($x475 (= 0.0 ?x419)))
 (not $x475)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (let (($x475 (= 0.0 ?x419)))
 (not $x475)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x476 (/ ?x375 exp!1)))
 (let ((?x226 (+ 1.0 ?x476)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x182 (/ ?x55 exp!1)))
 (let ((?x419 (+ ?x182 ?x226)))
 (let ((?x471 (/ 1.0 ?x419)))
 (let ((?x469 (- ?x471)))
 (let ((?x689 (+ 1.0 ?x469)))
 (let ((?x704 (* 0.0 ?x469)))
 (let ((?x478 (+ ?x704 ?x689)))
 (let ((?x242 (+ ?x704 ?x478)))
 (let ((?x490 (/ 1.0 exp!6)))
 (let ((?x370 (* ?x490 ?x242)))
 (let ((?x229 (* |f[1]| ?x370)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x383 (/ ?x107 ?x419)))
 (let ((?x198 (+ ?x102 ?x383)))
 (let ((?x185 (* ?x490 ?x198)))
 (or (and (distinct ?x185 ?x229) true)))))))))))))))))))))))))))))
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
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
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
 (let ((?x375 (* 1.0 exp!2)))
(let ((?x476 (/ ?x375 exp!1)))
(let ((?x226 (+ 1.0 ?x476)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x182 (/ ?x55 exp!1)))
(let ((?x419 (+ ?x182 ?x226)))
(=> (> ?x419 0.0) (= exp!6 ?x419)))))))))
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
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (< 0.0 ?x388))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (< 0.0 ?x388))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let (($x142 (= 0.0 ?x388)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (let ((?x147 (/ ?x125 ?x388)))
 (let ((?x148 (- ?x147)))
 (let ((?x270 (+ 1.0 ?x148)))
 (let ((?x269 (* 0.0 ?x148)))
 (let ((?x220 (+ ?x269 ?x270)))
 (let ((?x221 (+ ?x269 ?x220)))
 (let ((?x151 (/ ?x125 exp!5)))
 (let ((?x143 (* ?x151 ?x221)))
 (let ((?x144 (* |f[1]| ?x143)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x314 (/ ?x107 ?x388)))
 (let ((?x311 (* ?x125 ?x314)))
 (let ((?x312 (+ ?x102 ?x311)))
 (let ((?x152 (* ?x151 ?x312)))
 (or (and (distinct ?x152 ?x144) true))))))))))))))))))))))))))))))
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
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
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
 (let ((?x375 (* 1.0 exp!2)))
(let ((?x476 (/ ?x375 exp!1)))
(let ((?x226 (+ 1.0 ?x476)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x182 (/ ?x55 exp!1)))
(let ((?x419 (+ ?x182 ?x226)))
(=> (> ?x419 0.0) (= exp!6 ?x419)))))))))
(check-sat)
(pop 1)

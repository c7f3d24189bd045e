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
(declare-fun log!111 () Real)
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
 (let ((?x112 (/ 1.0 ?x57)))
 (let ((?x113 (- ?x112)))
 (let ((?x115 (+ 1.0 ?x113)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x110 (/ 1.0 exp!4)))
 (let ((?x118 (* ?x110 ?x117)))
 (let ((?x119 (* |f[0]| ?x118)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (+ ?x102 ?x108)))
 (let ((?x111 (* ?x110 ?x109)))
 (or (and (distinct ?x111 ?x119) true)))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
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
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x124 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let ((?x310 (/ ?x124 ?x383)))
 (let ((?x307 (- ?x310)))
 (let ((?x150 (+ 1.0 ?x307)))
 (let ((?x308 (* 0.0 ?x307)))
 (let ((?x151 (+ ?x308 ?x150)))
 (let ((?x146 (+ ?x308 ?x151)))
 (let ((?x258 (/ ?x124 exp!5)))
 (let ((?x147 (* ?x258 ?x146)))
 (let ((?x169 (* |f[0]| ?x147)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x149 (/ ?x107 ?x383)))
 (let ((?x254 (* ?x124 ?x149)))
 (let ((?x248 (+ ?x102 ?x254)))
 (let ((?x260 (* ?x258 ?x248)))
 (or (and (distinct ?x260 ?x169) true)))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x349 (/ ?x9 exp!3)))
(let ((?x124 (/ (* 1.0 exp!2) exp!3)))
(let ((?x371 (+ ?x124 ?x349)))
(let ((?x383 (+ 1.0 ?x371)))
(=> (> ?x383 0.0) (= exp!5 ?x383))))))))
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
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!176 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (< 0.0 ?x127))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (let (($x222 (= 0.0 ?x127)))
 (not $x222)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (let (($x222 (= 0.0 ?x127)))
 (not $x222)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (let (($x222 (= 0.0 ?x127)))
 (not $x222)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (< 0.0 ?x127))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (let (($x222 (= 0.0 ?x127)))
 (not $x222)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (let (($x222 (= 0.0 ?x127)))
 (not $x222)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x464 (/ ?x447 exp!1)))
 (let ((?x313 (+ 1.0 ?x464)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x487 (/ ?x55 exp!1)))
 (let ((?x127 (+ ?x487 ?x313)))
 (let ((?x425 (/ ?x464 ?x127)))
 (let ((?x706 (- ?x425)))
 (let ((?x696 (+ 1.0 ?x706)))
 (let ((?x691 (* 0.0 ?x706)))
 (let ((?x467 (+ ?x691 ?x696)))
 (let ((?x434 (+ ?x691 ?x467)))
 (let ((?x126 (/ ?x464 exp!6)))
 (let ((?x379 (* ?x126 ?x434)))
 (let ((?x378 (* |f[0]| ?x379)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x337 (/ ?x107 ?x127)))
 (let ((?x264 (* ?x464 ?x337)))
 (let ((?x513 (+ ?x102 ?x264)))
 (let ((?x295 (* ?x126 ?x513)))
 (or (and (distinct ?x295 ?x378) true))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x447 (* 1.0 exp!2)))
(let ((?x464 (/ ?x447 exp!1)))
(let ((?x313 (+ 1.0 ?x464)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x487 (/ ?x55 exp!1)))
(let ((?x127 (+ ?x487 ?x313)))
(=> (> ?x127 0.0) (= exp!6 ?x127)))))))))
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
(declare-fun log!111 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (< 0.0 ?x383))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let (($x141 (= 0.0 ?x383)))
 (not $x141)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (let ((?x310 (/ ?x124 ?x383)))
 (let ((?x307 (- ?x310)))
 (let ((?x150 (+ 1.0 ?x307)))
 (let ((?x308 (* 0.0 ?x307)))
 (let ((?x151 (+ ?x308 ?x150)))
 (let ((?x146 (+ ?x308 ?x151)))
 (let ((?x258 (/ ?x124 exp!5)))
 (let ((?x147 (* ?x258 ?x146)))
 (let ((?x169 (* |f[0]| ?x147)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x149 (/ ?x107 ?x383)))
 (let ((?x254 (* ?x124 ?x149)))
 (let ((?x248 (+ ?x102 ?x254)))
 (let ((?x260 (* ?x258 ?x248)))
 (or (and (distinct ?x260 ?x169) true))))))))))))))))))))))))))))))
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
 (= (< log!111 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!111) (< exp!1 exp!4)))
(assert
 (= (< log!111 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!111) (< exp!2 exp!4)))
(assert
 (= (< log!111 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!111) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!111 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!111)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!176 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!176) (< exp!1 exp!5)))
(assert
 (= (< log!176 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!176) (< exp!2 exp!5)))
(assert
 (= (< log!176 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!176) (< exp!3 exp!5)))
(assert
 (= (< log!176 log!111) (< exp!5 exp!4)))
(assert
 (= (< log!111 log!176) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!176 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!176)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
(assert
 (= (< log!243 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!243) (< exp!1 exp!6)))
(assert
 (= (< log!243 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!243) (< exp!2 exp!6)))
(assert
 (= (< log!243 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!243) (< exp!3 exp!6)))
(assert
 (= (< log!243 log!111) (< exp!6 exp!4)))
(assert
 (= (< log!111 log!243) (< exp!4 exp!6)))
(assert
 (= (< log!243 log!176) (< exp!6 exp!5)))
(assert
 (= (< log!176 log!243) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!243 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!243)))
(assert
 (let ((?x447 (* 1.0 exp!2)))
(let ((?x464 (/ ?x447 exp!1)))
(let ((?x313 (+ 1.0 ?x464)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x487 (/ ?x55 exp!1)))
(let ((?x127 (+ ?x487 ?x313)))
(=> (> ?x127 0.0) (= exp!6 ?x127)))))))))
(check-sat)
(pop 1)

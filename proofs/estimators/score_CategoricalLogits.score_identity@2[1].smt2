; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
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
(declare-fun log!144 () Real)
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
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (+ ?x114 ?x118)))
 (let ((?x111 (/ ?x56 exp!4)))
 (let ((?x120 (* ?x111 ?x119)))
 (let ((?x121 (* |f[2]| ?x120)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x108 (/ ?x107 ?x57)))
 (let ((?x109 (* ?x36 ?x108)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x112 (* ?x111 ?x110)))
 (or (and (distinct ?x112 ?x121) true)))))))))))))))))))))))))))))
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
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
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
(declare-fun log!144 () Real)
(declare-fun log!209 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (< 0.0 ?x372)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (< 0.0 ?x372)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x447 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let ((?x153 (/ ?x126 ?x372)))
 (let ((?x148 (- ?x153)))
 (let ((?x165 (+ 1.0 ?x148)))
 (let ((?x173 (* 0.0 ?x165)))
 (let ((?x149 (* 0.0 ?x148)))
 (let ((?x174 (+ ?x149 ?x173)))
 (let ((?x167 (+ ?x148 ?x174)))
 (let ((?x300 (/ 1.0 exp!5)))
 (let ((?x168 (* ?x300 ?x167)))
 (let ((?x169 (* |f[2]| ?x168)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x301 (/ ?x107 ?x372)))
 (let ((?x302 (* ?x126 ?x301)))
 (let ((?x299 (+ ?x103 ?x302)))
 (let ((?x152 (* ?x300 ?x299)))
 (or (and (distinct ?x152 ?x169) true))))))))))))))))))))))))))))))
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
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!209 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!209) (< exp!1 exp!5)))
(assert
 (= (< log!209 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!209) (< exp!2 exp!5)))
(assert
 (= (< log!209 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!209) (< exp!3 exp!5)))
(assert
 (= (< log!209 log!144) (< exp!5 exp!4)))
(assert
 (= (< log!144 log!209) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!209 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!209)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x126 (/ ?x9 exp!3)))
(let ((?x447 (/ (* 1.0 exp!2) exp!3)))
(let ((?x354 (+ ?x447 ?x126)))
(let ((?x372 (+ 1.0 ?x354)))
(=> (> ?x372 0.0) (= exp!5 ?x372))))))))
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
(declare-fun log!144 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!209 () Real)
(declare-fun log!276 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (< 0.0 ?x331))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (let (($x497 (= 0.0 ?x331)))
 (not $x497)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (let (($x497 (= 0.0 ?x331)))
 (not $x497)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (let (($x497 (= 0.0 ?x331)))
 (not $x497)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (< 0.0 ?x331))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (let (($x497 (= 0.0 ?x331)))
 (not $x497)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (let (($x497 (= 0.0 ?x331)))
 (not $x497)))))))))
(assert
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x307 (/ ?x359 exp!1)))
 (let ((?x199 (+ 1.0 ?x307)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x483 (/ ?x55 exp!1)))
 (let ((?x331 (+ ?x483 ?x199)))
 (let ((?x196 (/ 1.0 ?x331)))
 (let ((?x276 (- ?x196)))
 (let ((?x692 (+ 1.0 ?x276)))
 (let ((?x430 (* 0.0 ?x692)))
 (let ((?x693 (* 0.0 ?x276)))
 (let ((?x237 (+ ?x693 ?x430)))
 (let ((?x201 (+ ?x276 ?x237)))
 (let ((?x514 (/ ?x483 exp!6)))
 (let ((?x328 (* ?x514 ?x201)))
 (let ((?x311 (* |f[2]| ?x328)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x218 (/ ?x107 ?x331)))
 (let ((?x198 (+ ?x103 ?x218)))
 (let ((?x230 (* ?x514 ?x198)))
 (or (and (distinct ?x230 ?x311) true))))))))))))))))))))))))))))))
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
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!209 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!209) (< exp!1 exp!5)))
(assert
 (= (< log!209 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!209) (< exp!2 exp!5)))
(assert
 (= (< log!209 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!209) (< exp!3 exp!5)))
(assert
 (= (< log!209 log!144) (< exp!5 exp!4)))
(assert
 (= (< log!144 log!209) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!209 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!209)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (=> (> ?x372 0.0) (= exp!5 ?x372)))))))))
(assert
 (= (< log!276 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!276) (< exp!1 exp!6)))
(assert
 (= (< log!276 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!276) (< exp!2 exp!6)))
(assert
 (= (< log!276 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!276) (< exp!3 exp!6)))
(assert
 (= (< log!276 log!144) (< exp!6 exp!4)))
(assert
 (= (< log!144 log!276) (< exp!4 exp!6)))
(assert
 (= (< log!276 log!209) (< exp!6 exp!5)))
(assert
 (= (< log!209 log!276) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!276 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!276)))
(assert
 (let ((?x359 (* 1.0 exp!2)))
(let ((?x307 (/ ?x359 exp!1)))
(let ((?x199 (+ 1.0 ?x307)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x483 (/ ?x55 exp!1)))
(let ((?x331 (+ ?x483 ?x199)))
(=> (> ?x331 0.0) (= exp!6 ?x331)))))))))
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
(declare-fun log!144 () Real)
(declare-fun log!209 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!276 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (< 0.0 ?x372))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (< 0.0 ?x372))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let (($x143 (= 0.0 ?x372)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (let ((?x153 (/ ?x126 ?x372)))
 (let ((?x148 (- ?x153)))
 (let ((?x165 (+ 1.0 ?x148)))
 (let ((?x173 (* 0.0 ?x165)))
 (let ((?x149 (* 0.0 ?x148)))
 (let ((?x174 (+ ?x149 ?x173)))
 (let ((?x167 (+ ?x148 ?x174)))
 (let ((?x300 (/ 1.0 exp!5)))
 (let ((?x168 (* ?x300 ?x167)))
 (let ((?x169 (* |f[2]| ?x168)))
 (let ((?x101 (* |f[2]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x105 (- ?x103)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x104 (- ?x102)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x301 (/ ?x107 ?x372)))
 (let ((?x302 (* ?x126 ?x301)))
 (let ((?x299 (+ ?x103 ?x302)))
 (let ((?x152 (* ?x300 ?x299)))
 (or (and (distinct ?x152 ?x169) true)))))))))))))))))))))))))))))))
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
 (= (< log!144 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!144) (< exp!1 exp!4)))
(assert
 (= (< log!144 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!144) (< exp!2 exp!4)))
(assert
 (= (< log!144 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!144) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!144 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!144)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!209 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!209) (< exp!1 exp!5)))
(assert
 (= (< log!209 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!209) (< exp!2 exp!5)))
(assert
 (= (< log!209 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!209) (< exp!3 exp!5)))
(assert
 (= (< log!209 log!144) (< exp!5 exp!4)))
(assert
 (= (< log!144 log!209) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!209 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!209)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x359 (* 1.0 exp!2)))
 (let ((?x447 (/ ?x359 exp!3)))
 (let ((?x354 (+ ?x447 ?x126)))
 (let ((?x372 (+ 1.0 ?x354)))
 (=> (> ?x372 0.0) (= exp!5 ?x372)))))))))
(assert
 (= (< log!276 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!276) (< exp!1 exp!6)))
(assert
 (= (< log!276 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!276) (< exp!2 exp!6)))
(assert
 (= (< log!276 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!276) (< exp!3 exp!6)))
(assert
 (= (< log!276 log!144) (< exp!6 exp!4)))
(assert
 (= (< log!144 log!276) (< exp!4 exp!6)))
(assert
 (= (< log!276 log!209) (< exp!6 exp!5)))
(assert
 (= (< log!209 log!276) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!276 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!276)))
(assert
 (let ((?x359 (* 1.0 exp!2)))
(let ((?x307 (/ ?x359 exp!1)))
(let ((?x199 (+ 1.0 ?x307)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x483 (/ ?x55 exp!1)))
(let ((?x331 (+ ?x483 ?x199)))
(=> (> ?x331 0.0) (= exp!6 ?x331)))))))))
(check-sat)
(pop 1)

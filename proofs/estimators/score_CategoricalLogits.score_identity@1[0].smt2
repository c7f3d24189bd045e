; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@1[0]', verdict proved
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
 (let ((?x112 (/ 1.0 ?x57)))
 (let ((?x113 (- ?x112)))
 (let ((?x115 (+ 1.0 ?x113)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x117 (+ ?x113 ?x116)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x110 (/ ?x36 exp!4)))
 (let ((?x119 (* ?x110 ?x118)))
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
 (let ((?x109 (+ ?x103 ?x108)))
 (let ((?x111 (* ?x110 ?x109)))
 (or (and (distinct ?x111 ?x120) true))))))))))))))))))))))))))))
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
(declare-fun |f[1]| () Real)
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x125 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let ((?x156 (/ ?x125 ?x370)))
 (let ((?x166 (- ?x156)))
 (let ((?x168 (+ 1.0 ?x166)))
 (let ((?x169 (* 0.0 ?x168)))
 (let ((?x255 (+ ?x166 ?x169)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x256 (+ ?x167 ?x255)))
 (let ((?x148 (/ ?x352 exp!5)))
 (let ((?x262 (* ?x148 ?x256)))
 (let ((?x263 (* |f[1]| ?x262)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x151 (/ ?x107 ?x370)))
 (let ((?x152 (* ?x125 ?x151)))
 (let ((?x147 (+ ?x103 ?x152)))
 (let ((?x164 (* ?x148 ?x147)))
 (or (and (distinct ?x164 ?x263) true))))))))))))))))))))))))))))))
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
(let ((?x352 (/ ?x9 exp!3)))
(let ((?x125 (/ (* 1.0 exp!2) exp!3)))
(let ((?x357 (+ ?x125 ?x352)))
(let ((?x370 (+ 1.0 ?x357)))
(=> (> ?x370 0.0) (= exp!5 ?x370))))))))
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
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (< 0.0 ?x503))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (let (($x384 (= 0.0 ?x503)))
 (not $x384)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (let (($x384 (= 0.0 ?x503)))
 (not $x384)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (let (($x384 (= 0.0 ?x503)))
 (not $x384)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (< 0.0 ?x503))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (let (($x384 (= 0.0 ?x503)))
 (not $x384)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (let (($x384 (= 0.0 ?x503)))
 (not $x384)))))))))
(assert
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x430 (/ ?x446 exp!1)))
 (let ((?x200 (+ 1.0 ?x430)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x453 (/ ?x55 exp!1)))
 (let ((?x503 (+ ?x453 ?x200)))
 (let ((?x181 (/ ?x430 ?x503)))
 (let ((?x694 (- ?x181)))
 (let ((?x254 (+ 1.0 ?x694)))
 (let ((?x258 (* 0.0 ?x254)))
 (let ((?x252 (+ ?x694 ?x258)))
 (let ((?x693 (* 0.0 ?x694)))
 (let ((?x243 (+ ?x693 ?x252)))
 (let ((?x173 (/ 1.0 exp!6)))
 (let ((?x242 (* ?x173 ?x243)))
 (let ((?x216 (* |f[1]| ?x242)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x219 (/ ?x107 ?x503)))
 (let ((?x198 (* ?x430 ?x219)))
 (let ((?x465 (+ ?x103 ?x198)))
 (let ((?x220 (* ?x173 ?x465)))
 (or (and (distinct ?x220 ?x216) true)))))))))))))))))))))))))))))))
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (=> (> ?x370 0.0) (= exp!5 ?x370)))))))))
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
 (let ((?x446 (* 1.0 exp!2)))
(let ((?x430 (/ ?x446 exp!1)))
(let ((?x200 (+ 1.0 ?x430)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x453 (/ ?x55 exp!1)))
(let ((?x503 (+ ?x453 ?x200)))
(=> (> ?x503 0.0) (= exp!6 ?x503)))))))))
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let (($x142 (= 0.0 ?x370)))
 (not $x142)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (let ((?x156 (/ ?x125 ?x370)))
 (let ((?x166 (- ?x156)))
 (let ((?x168 (+ 1.0 ?x166)))
 (let ((?x169 (* 0.0 ?x168)))
 (let ((?x255 (+ ?x166 ?x169)))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x256 (+ ?x167 ?x255)))
 (let ((?x148 (/ ?x352 exp!5)))
 (let ((?x262 (* ?x148 ?x256)))
 (let ((?x263 (* |f[1]| ?x262)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x151 (/ ?x107 ?x370)))
 (let ((?x152 (* ?x125 ?x151)))
 (let ((?x147 (+ ?x103 ?x152)))
 (let ((?x164 (* ?x148 ?x147)))
 (or (and (distinct ?x164 ?x263) true)))))))))))))))))))))))))))))))
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
 (let ((?x352 (/ ?x9 exp!3)))
 (let ((?x446 (* 1.0 exp!2)))
 (let ((?x125 (/ ?x446 exp!3)))
 (let ((?x357 (+ ?x125 ?x352)))
 (let ((?x370 (+ 1.0 ?x357)))
 (=> (> ?x370 0.0) (= exp!5 ?x370)))))))))
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
 (let ((?x446 (* 1.0 exp!2)))
(let ((?x430 (/ ?x446 exp!1)))
(let ((?x200 (+ 1.0 ?x430)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x453 (/ ?x55 exp!1)))
(let ((?x503 (+ ?x453 ?x200)))
(=> (> ?x503 0.0) (= exp!6 ?x503)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_OneHotCategoricalLogits, obligation 'score_identity@0[0]', verdict proved
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
(declare-fun |f[0]| () Real)
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
 (let ((?x164 (/ ?x124 ?x383)))
 (let ((?x167 (- ?x164)))
 (let ((?x182 (+ 1.0 ?x167)))
 (let ((?x171 (* 0.0 ?x167)))
 (let ((?x187 (+ ?x171 ?x182)))
 (let ((?x188 (+ ?x171 ?x187)))
 (let ((?x169 (/ ?x124 exp!5)))
 (let ((?x189 (* ?x169 ?x188)))
 (let ((?x170 (* |f[0]| ?x189)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x151 (/ ?x107 ?x383)))
 (let ((?x146 (* ?x124 ?x151)))
 (let ((?x147 (+ ?x102 ?x146)))
 (let ((?x155 (* ?x169 ?x147)))
 (or (and (distinct ?x155 ?x170) true)))))))))))))))))))))))))))))
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
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (< 0.0 ?x423))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (let (($x212 (= 0.0 ?x423)))
 (not $x212)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (let (($x212 (= 0.0 ?x423)))
 (not $x212)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (let (($x212 (= 0.0 ?x423)))
 (not $x212)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (< 0.0 ?x423))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (let (($x212 (= 0.0 ?x423)))
 (not $x212)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (let (($x212 (= 0.0 ?x423)))
 (not $x212)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x318 (/ ?x447 exp!1)))
 (let ((?x408 (+ 1.0 ?x318)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x387 (/ ?x55 exp!1)))
 (let ((?x423 (+ ?x387 ?x408)))
 (let ((?x210 (/ ?x318 ?x423)))
 (let ((?x703 (- ?x210)))
 (let ((?x477 (+ 1.0 ?x703)))
 (let ((?x702 (* 0.0 ?x703)))
 (let ((?x514 (+ ?x702 ?x477)))
 (let ((?x197 (+ ?x702 ?x514)))
 (let ((?x277 (/ ?x318 exp!6)))
 (let ((?x228 (* ?x277 ?x197)))
 (let ((?x333 (* |f[0]| ?x228)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x160 (/ ?x107 ?x423)))
 (let ((?x495 (* ?x318 ?x160)))
 (let ((?x465 (+ ?x102 ?x495)))
 (let ((?x269 (* ?x277 ?x465)))
 (or (and (distinct ?x269 ?x333) true))))))))))))))))))))))))))))))
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
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
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
 (let ((?x447 (* 1.0 exp!2)))
(let ((?x318 (/ ?x447 exp!1)))
(let ((?x408 (+ 1.0 ?x318)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x387 (/ ?x55 exp!1)))
(let ((?x423 (+ ?x387 ?x408)))
(=> (> ?x423 0.0) (= exp!6 ?x423)))))))))
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
 (let ((?x164 (/ ?x124 ?x383)))
 (let ((?x167 (- ?x164)))
 (let ((?x182 (+ 1.0 ?x167)))
 (let ((?x171 (* 0.0 ?x167)))
 (let ((?x187 (+ ?x171 ?x182)))
 (let ((?x188 (+ ?x171 ?x187)))
 (let ((?x169 (/ ?x124 exp!5)))
 (let ((?x189 (* ?x169 ?x188)))
 (let ((?x170 (* |f[0]| ?x189)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x151 (/ ?x107 ?x383)))
 (let ((?x146 (* ?x124 ?x151)))
 (let ((?x147 (+ ?x102 ?x146)))
 (let ((?x155 (* ?x169 ?x147)))
 (or (and (distinct ?x155 ?x170) true))))))))))))))))))))))))))))))
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
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
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
 (let ((?x447 (* 1.0 exp!2)))
(let ((?x318 (/ ?x447 exp!1)))
(let ((?x408 (+ 1.0 ?x318)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x387 (/ ?x55 exp!1)))
(let ((?x423 (+ ?x387 ?x408)))
(=> (> ?x423 0.0) (= exp!6 ?x423)))))))))
(check-sat)
(pop 1)

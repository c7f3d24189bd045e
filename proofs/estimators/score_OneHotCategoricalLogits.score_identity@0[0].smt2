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
(declare-fun |f[0]| () Real)
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
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (< 0.0 ?x342))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (let (($x370 (= 0.0 ?x342)))
 (not $x370)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (let (($x370 (= 0.0 ?x342)))
 (not $x370)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (let (($x370 (= 0.0 ?x342)))
 (not $x370)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (< 0.0 ?x342))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (let (($x370 (= 0.0 ?x342)))
 (not $x370)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (let (($x370 (= 0.0 ?x342)))
 (not $x370)))))))))
(assert
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x507 (/ ?x447 exp!1)))
 (let ((?x201 (+ 1.0 ?x507)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x364 (/ ?x55 exp!1)))
 (let ((?x342 (+ ?x364 ?x201)))
 (let ((?x129 (/ ?x507 ?x342)))
 (let ((?x705 (- ?x129)))
 (let ((?x197 (+ 1.0 ?x705)))
 (let ((?x690 (* 0.0 ?x705)))
 (let ((?x412 (+ ?x690 ?x197)))
 (let ((?x414 (+ ?x690 ?x412)))
 (let ((?x344 (/ ?x507 exp!6)))
 (let ((?x273 (* ?x344 ?x414)))
 (let ((?x203 (* |f[0]| ?x273)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x227 (/ ?x107 ?x342)))
 (let ((?x425 (* ?x507 ?x227)))
 (let ((?x292 (+ ?x102 ?x425)))
 (let ((?x429 (* ?x344 ?x292)))
 (or (and (distinct ?x429 ?x203) true))))))))))))))))))))))))))))))
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
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
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
 (let ((?x447 (* 1.0 exp!2)))
(let ((?x507 (/ ?x447 exp!1)))
(let ((?x201 (+ 1.0 ?x507)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x364 (/ ?x55 exp!1)))
(let ((?x342 (+ ?x364 ?x201)))
(=> (> ?x342 0.0) (= exp!6 ?x342)))))))))
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
 (let ((?x349 (/ ?x9 exp!3)))
 (let ((?x447 (* 1.0 exp!2)))
 (let ((?x124 (/ ?x447 exp!3)))
 (let ((?x371 (+ ?x124 ?x349)))
 (let ((?x383 (+ 1.0 ?x371)))
 (=> (> ?x383 0.0) (= exp!5 ?x383)))))))))
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
 (let ((?x447 (* 1.0 exp!2)))
(let ((?x507 (/ ?x447 exp!1)))
(let ((?x201 (+ 1.0 ?x507)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x364 (/ ?x55 exp!1)))
(let ((?x342 (+ ?x364 ?x201)))
(=> (> ?x342 0.0) (= exp!6 ?x342)))))))))
(check-sat)
(pop 1)

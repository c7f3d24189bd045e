; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@0[1]', verdict proved
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
 (let ((?x113 (/ ?x36 ?x57)))
 (let ((?x114 (- ?x113)))
 (let ((?x116 (+ 1.0 ?x114)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x118 (+ ?x114 ?x117)))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x119 (+ ?x115 ?x118)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x120 (* ?x111 ?x119)))
 (let ((?x121 (* |f[0]| ?x120)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
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
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x446 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let ((?x290 (/ ?x126 ?x370)))
 (let ((?x300 (- ?x290)))
 (let ((?x298 (+ 1.0 ?x300)))
 (let ((?x299 (* 0.0 ?x298)))
 (let ((?x152 (+ ?x300 ?x299)))
 (let ((?x301 (* 0.0 ?x300)))
 (let ((?x153 (+ ?x301 ?x152)))
 (let ((?x173 (/ ?x446 exp!5)))
 (let ((?x148 (* ?x173 ?x153)))
 (let ((?x149 (* |f[0]| ?x148)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x174 (/ ?x107 ?x370)))
 (let ((?x175 (* ?x126 ?x174)))
 (let ((?x172 (+ ?x103 ?x175)))
 (let ((?x269 (* ?x173 ?x172)))
 (or (and (distinct ?x269 ?x149) true))))))))))))))))))))))))))))))
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
(let ((?x446 (/ (* 1.0 exp!2) exp!3)))
(let ((?x353 (+ ?x446 ?x126)))
(let ((?x370 (+ 1.0 ?x353)))
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
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (< 0.0 ?x307))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (let (($x193 (= 0.0 ?x307)))
 (not $x193)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (let (($x193 (= 0.0 ?x307)))
 (not $x193)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (let (($x193 (= 0.0 ?x307)))
 (not $x193)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (< 0.0 ?x307))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (let (($x193 (= 0.0 ?x307)))
 (not $x193)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (let (($x193 (= 0.0 ?x307)))
 (not $x193)))))))))
(assert
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x162 (/ ?x358 exp!1)))
 (let ((?x217 (+ 1.0 ?x162)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x198 (/ ?x55 exp!1)))
 (let ((?x307 (+ ?x198 ?x217)))
 (let ((?x214 (/ 1.0 ?x307)))
 (let ((?x230 (- ?x214)))
 (let ((?x695 (+ 1.0 ?x230)))
 (let ((?x360 (* 0.0 ?x695)))
 (let ((?x383 (+ ?x230 ?x360)))
 (let ((?x696 (* 0.0 ?x230)))
 (let ((?x259 (+ ?x696 ?x383)))
 (let ((?x691 (/ ?x162 exp!6)))
 (let ((?x311 (* ?x691 ?x259)))
 (let ((?x268 (* |f[0]| ?x311)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x241 (/ ?x107 ?x307)))
 (let ((?x215 (+ ?x103 ?x241)))
 (let ((?x316 (* ?x691 ?x215)))
 (or (and (distinct ?x316 ?x268) true))))))))))))))))))))))))))))))
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
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
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
 (let ((?x358 (* 1.0 exp!2)))
(let ((?x162 (/ ?x358 exp!1)))
(let ((?x217 (+ 1.0 ?x162)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x198 (/ ?x55 exp!1)))
(let ((?x307 (+ ?x198 ?x217)))
(=> (> ?x307 0.0) (= exp!6 ?x307)))))))))
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
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (< 0.0 ?x370))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let (($x143 (= 0.0 ?x370)))
 (not $x143)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x126 (/ ?x9 exp!3)))
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
 (let ((?x290 (/ ?x126 ?x370)))
 (let ((?x300 (- ?x290)))
 (let ((?x298 (+ 1.0 ?x300)))
 (let ((?x299 (* 0.0 ?x298)))
 (let ((?x152 (+ ?x300 ?x299)))
 (let ((?x301 (* 0.0 ?x300)))
 (let ((?x153 (+ ?x301 ?x152)))
 (let ((?x173 (/ ?x446 exp!5)))
 (let ((?x148 (* ?x173 ?x153)))
 (let ((?x149 (* |f[0]| ?x148)))
 (let ((?x101 (* |f[0]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x174 (/ ?x107 ?x370)))
 (let ((?x175 (* ?x126 ?x174)))
 (let ((?x172 (+ ?x103 ?x175)))
 (let ((?x269 (* ?x173 ?x172)))
 (or (and (distinct ?x269 ?x149) true)))))))))))))))))))))))))))))))
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
 (let ((?x358 (* 1.0 exp!2)))
 (let ((?x446 (/ ?x358 exp!3)))
 (let ((?x353 (+ ?x446 ?x126)))
 (let ((?x370 (+ 1.0 ?x353)))
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
 (let ((?x358 (* 1.0 exp!2)))
(let ((?x162 (/ ?x358 exp!1)))
(let ((?x217 (+ 1.0 ?x162)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x198 (/ ?x55 exp!1)))
(let ((?x307 (+ ?x198 ?x217)))
(=> (> ?x307 0.0) (= exp!6 ?x307)))))))))
(check-sat)
(pop 1)

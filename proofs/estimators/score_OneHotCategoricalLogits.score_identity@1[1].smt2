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
 (let ((?x276 (+ ?x269 ?x270)))
 (let ((?x277 (+ ?x269 ?x276)))
 (let ((?x151 (/ ?x125 exp!5)))
 (let ((?x278 (* ?x151 ?x277)))
 (let ((?x279 (* |f[1]| ?x278)))
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
 (or (and (distinct ?x152 ?x279) true)))))))))))))))))))))))))))))
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
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (< 0.0 ?x425))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (let (($x320 (= 0.0 ?x425)))
 (not $x320)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (let (($x320 (= 0.0 ?x425)))
 (not $x320)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (let (($x320 (= 0.0 ?x425)))
 (not $x320)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (< 0.0 ?x425))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (let (($x320 (= 0.0 ?x425)))
 (not $x320)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (let (($x320 (= 0.0 ?x425)))
 (not $x320)))))))))
(assert
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x189 (/ ?x375 exp!1)))
 (let ((?x495 (+ 1.0 ?x189)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x231 (/ ?x55 exp!1)))
 (let ((?x425 (+ ?x231 ?x495)))
 (let ((?x515 (/ 1.0 ?x425)))
 (let ((?x208 (- ?x515)))
 (let ((?x706 (+ 1.0 ?x208)))
 (let ((?x707 (* 0.0 ?x208)))
 (let ((?x337 (+ ?x707 ?x706)))
 (let ((?x239 (+ ?x707 ?x337)))
 (let ((?x705 (/ 1.0 exp!6)))
 (let ((?x234 (* ?x705 ?x239)))
 (let ((?x281 (* |f[1]| ?x234)))
 (let ((?x101 (* |f[1]| 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x105 (- ?x102)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x261 (/ ?x107 ?x425)))
 (let ((?x433 (+ ?x102 ?x261)))
 (let ((?x514 (* ?x705 ?x433)))
 (or (and (distinct ?x514 ?x281) true)))))))))))))))))))))))))))))
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
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (=> (> ?x388 0.0) (= exp!5 ?x388)))))))))
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
 (let ((?x375 (* 1.0 exp!2)))
(let ((?x189 (/ ?x375 exp!1)))
(let ((?x495 (+ 1.0 ?x189)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x231 (/ ?x55 exp!1)))
(let ((?x425 (+ ?x231 ?x495)))
(=> (> ?x425 0.0) (= exp!6 ?x425)))))))))
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
 (let ((?x276 (+ ?x269 ?x270)))
 (let ((?x277 (+ ?x269 ?x276)))
 (let ((?x151 (/ ?x125 exp!5)))
 (let ((?x278 (* ?x151 ?x277)))
 (let ((?x279 (* |f[1]| ?x278)))
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
 (or (and (distinct ?x152 ?x279) true))))))))))))))))))))))))))))))
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
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x375 (* 1.0 exp!2)))
 (let ((?x453 (/ ?x375 exp!3)))
 (let ((?x353 (+ ?x453 ?x125)))
 (let ((?x388 (+ 1.0 ?x353)))
 (=> (> ?x388 0.0) (= exp!5 ?x388)))))))))
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
 (let ((?x375 (* 1.0 exp!2)))
(let ((?x189 (/ ?x375 exp!1)))
(let ((?x495 (+ 1.0 ?x189)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x231 (/ ?x55 exp!1)))
(let ((?x425 (+ ?x231 ?x495)))
(=> (> ?x425 0.0) (= exp!6 ?x425)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[7]', verdict unproved
; 4 negated queries, one per branch region; expected: see verdict
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
(declare-fun log!415 () Real)
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
 (let ((?x110 (/ ?x36 ?x57)))
 (let ((?x111 (- ?x110)))
 (let ((?x114 (* 0.0 ?x111)))
 (let ((?x112 (+ 1.0 ?x111)))
 (let ((?x145 (+ ?x112 ?x114)))
 (let ((?x146 (+ ?x114 ?x145)))
 (let ((?x143 (/ ?x36 exp!4)))
 (let ((?x147 (* ?x143 ?x146)))
 (let ((?x118 (/ ?x56 ?x57)))
 (let ((?x119 (- ?x118)))
 (let ((?x121 (* 0.0 ?x119)))
 (let ((?x137 (+ ?x119 ?x121)))
 (let ((?x120 (+ 1.0 ?x119)))
 (let ((?x136 (* 0.0 ?x120)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x148 (* ?x138 ?x147)))
 (let ((?x100 (- ?x36)))
 (let ((?x101 (* ?x56 ?x100)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x102 (* ?x99 ?x101)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x129 (+ ?x104 ?x105)))
 (let ((?x130 (+ ?x105 ?x129)))
 (let ((?x144 (* ?x130 ?x143)))
 (let ((?x149 (+ ?x144 ?x148)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x133 (+ ?x111 ?x113)))
 (let ((?x134 (+ ?x114 ?x133)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x139 (* ?x135 ?x138)))
 (let ((?x132 (* ?x131 ?x130)))
 (let ((?x140 (+ ?x132 ?x139)))
 (let ((?x150 (+ ?x140 ?x149)))
 (let ((?x122 (+ ?x121 ?x121)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x115 (+ ?x113 ?x114)))
 (let ((?x116 (+ ?x111 ?x115)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x117 (* ?x108 ?x116)))
 (let ((?x124 (* ?x117 ?x123)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x109 (* ?x108 ?x107)))
 (let ((?x125 (+ ?x109 ?x124)))
 (let ((?x151 (+ ?x125 ?x150)))
 (or (and (distinct 0.0 ?x151) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
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
(declare-fun exp!4 () Real)
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (< 0.0 ?x700)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x693 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let ((?x252 (/ ?x156 ?x700)))
 (let ((?x221 (- ?x252)))
 (let ((?x247 (* 0.0 ?x221)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x274 (+ ?x246 ?x247)))
 (let ((?x270 (+ ?x247 ?x274)))
 (let ((?x257 (/ ?x156 exp!5)))
 (let ((?x271 (* ?x257 ?x270)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x218 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x236 (* 0.0 ?x343)))
 (let ((?x215 (+ ?x236 ?x218)))
 (let ((?x275 (* ?x215 ?x271)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x372 (+ ?x204 ?x210)))
 (let ((?x414 (+ ?x210 ?x372)))
 (let ((?x273 (* ?x414 ?x257)))
 (let ((?x276 (+ ?x273 ?x275)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x412 (+ ?x221 ?x217)))
 (let ((?x413 (+ ?x247 ?x412)))
 (let ((?x415 (/ ?x693 exp!5)))
 (let ((?x235 (* ?x415 ?x413)))
 (let ((?x216 (* ?x235 ?x215)))
 (let ((?x416 (* ?x415 ?x414)))
 (let ((?x318 (+ ?x416 ?x216)))
 (let ((?x277 (+ ?x318 ?x276)))
 (let ((?x341 (+ ?x344 ?x344)))
 (let ((?x342 (+ ?x343 ?x341)))
 (let ((?x248 (+ ?x217 ?x247)))
 (let ((?x190 (+ ?x221 ?x248)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x193 (* ?x212 ?x190)))
 (let ((?x195 (* ?x193 ?x342)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x251 (* ?x212 ?x211)))
 (let ((?x228 (+ ?x251 ?x195)))
 (let ((?x180 (+ ?x228 ?x277)))
 (or (and (distinct 0.0 ?x180) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x156 (/ ?x9 exp!3)))
(let ((?x693 (/ (* 1.0 exp!2) exp!3)))
(let ((?x682 (+ ?x693 ?x156)))
(let ((?x700 (+ 1.0 ?x682)))
(=> (> ?x700 0.0) (= exp!5 ?x700))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!415 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!639 () Real)
(declare-fun log!864 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x614 (/ ?x457 exp!1)))
 (let ((?x312 (+ 1.0 ?x614)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x290 (+ ?x359 ?x312)))
 (< 0.0 ?x290))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x614 (/ ?x457 exp!1)))
 (let ((?x312 (+ 1.0 ?x614)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x290 (+ ?x359 ?x312)))
 (let (($x313 (= 0.0 ?x290)))
 (not $x313)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x614 (/ ?x457 exp!1)))
 (let ((?x312 (+ 1.0 ?x614)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x290 (+ ?x359 ?x312)))
 (let (($x313 (= 0.0 ?x290)))
 (not $x313)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x614 (/ ?x457 exp!1)))
 (let ((?x312 (+ 1.0 ?x614)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x290 (+ ?x359 ?x312)))
 (let (($x313 (= 0.0 ?x290)))
 (not $x313)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x614 (/ ?x457 exp!1)))
 (let ((?x312 (+ 1.0 ?x614)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x290 (+ ?x359 ?x312)))
 (let (($x313 (= 0.0 ?x290)))
 (not $x313)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x614 (/ ?x457 exp!1)))
 (let ((?x312 (+ 1.0 ?x614)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x290 (+ ?x359 ?x312)))
 (let (($x313 (= 0.0 ?x290)))
 (not $x313)))))))))
(assert
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x614 (/ ?x457 exp!1)))
 (let ((?x312 (+ 1.0 ?x614)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x359 (/ ?x55 exp!1)))
 (let ((?x290 (+ ?x359 ?x312)))
 (let ((?x243 (/ 1.0 ?x290)))
 (let ((?x435 (- ?x243)))
 (let ((?x192 (* 0.0 ?x435)))
 (let ((?x179 (+ 1.0 ?x435)))
 (let ((?x592 (+ ?x179 ?x192)))
 (let ((?x241 (+ ?x192 ?x592)))
 (let ((?x814 (/ 1.0 exp!6)))
 (let ((?x327 (* ?x814 ?x241)))
 (let ((?x379 (/ ?x359 ?x290)))
 (let ((?x368 (- ?x379)))
 (let ((?x1000 (* 0.0 ?x368)))
 (let ((?x589 (+ ?x368 ?x1000)))
 (let ((?x812 (+ 1.0 ?x368)))
 (let ((?x434 (* 0.0 ?x812)))
 (let ((?x771 (+ ?x434 ?x589)))
 (let ((?x354 (* ?x771 ?x327)))
 (let ((?x397 (- ?x359)))
 (let ((?x785 (/ 1.0 (* ?x290 ?x290))))
 (let ((?x485 (* ?x785 ?x397)))
 (let ((?x497 (/ 0.0 ?x290)))
 (let ((?x428 (+ ?x497 ?x485)))
 (let ((?x203 (- ?x428)))
 (let ((?x479 (* 0.0 ?x203)))
 (let ((?x587 (+ ?x203 ?x479)))
 (let ((?x746 (+ ?x479 ?x587)))
 (let ((?x400 (* ?x746 ?x814)))
 (let ((?x411 (+ ?x400 ?x354)))
 (let ((?x751 (* 0.0 ?x179)))
 (let ((?x568 (+ ?x435 ?x751)))
 (let ((?x653 (+ ?x192 ?x568)))
 (let ((?x787 (/ ?x614 exp!6)))
 (let ((?x819 (* ?x787 ?x653)))
 (let ((?x757 (* ?x819 ?x771)))
 (let ((?x1005 (* ?x787 ?x746)))
 (let ((?x989 (+ ?x1005 ?x757)))
 (let ((?x706 (+ ?x989 ?x411)))
 (let ((?x339 (+ ?x1000 ?x1000)))
 (let ((?x227 (+ ?x812 ?x339)))
 (let ((?x258 (+ ?x751 ?x192)))
 (let ((?x1012 (+ ?x435 ?x258)))
 (let ((?x1003 (/ ?x359 exp!6)))
 (let ((?x410 (* ?x1003 ?x1012)))
 (let ((?x709 (* ?x410 ?x227)))
 (let ((?x1011 (+ ?x479 ?x479)))
 (let ((?x264 (+ ?x203 ?x1011)))
 (let ((?x296 (* ?x1003 ?x264)))
 (let ((?x254 (+ ?x296 ?x709)))
 (let ((?x758 (+ ?x254 ?x706)))
 (or (and (distinct 0.0 ?x758) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x614 (/ ?x457 exp!1)))
(let ((?x312 (+ 1.0 ?x614)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x359 (/ ?x55 exp!1)))
(let ((?x290 (+ ?x359 ?x312)))
(=> (> ?x290 0.0) (= exp!6 ?x290)))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!415 () Real)
(declare-fun log!639 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!864 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (< 0.0 ?x700))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let (($x525 (= 0.0 ?x700)))
 (not $x525)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (let ((?x252 (/ ?x156 ?x700)))
 (let ((?x221 (- ?x252)))
 (let ((?x247 (* 0.0 ?x221)))
 (let ((?x246 (+ 1.0 ?x221)))
 (let ((?x274 (+ ?x246 ?x247)))
 (let ((?x270 (+ ?x247 ?x274)))
 (let ((?x257 (/ ?x156 exp!5)))
 (let ((?x271 (* ?x257 ?x270)))
 (let ((?x332 (/ 1.0 ?x700)))
 (let ((?x333 (- ?x332)))
 (let ((?x344 (* 0.0 ?x333)))
 (let ((?x218 (+ ?x333 ?x344)))
 (let ((?x343 (+ 1.0 ?x333)))
 (let ((?x236 (* 0.0 ?x343)))
 (let ((?x215 (+ ?x236 ?x218)))
 (let ((?x275 (* ?x215 ?x271)))
 (let ((?x208 (- ?x156)))
 (let ((?x250 (/ 1.0 (* ?x700 ?x700))))
 (let ((?x209 (* ?x250 ?x208)))
 (let ((?x196 (/ 0.0 ?x700)))
 (let ((?x201 (+ ?x196 ?x209)))
 (let ((?x204 (- ?x201)))
 (let ((?x210 (* 0.0 ?x204)))
 (let ((?x372 (+ ?x204 ?x210)))
 (let ((?x414 (+ ?x210 ?x372)))
 (let ((?x273 (* ?x414 ?x257)))
 (let ((?x276 (+ ?x273 ?x275)))
 (let ((?x217 (* 0.0 ?x246)))
 (let ((?x412 (+ ?x221 ?x217)))
 (let ((?x413 (+ ?x247 ?x412)))
 (let ((?x415 (/ ?x693 exp!5)))
 (let ((?x235 (* ?x415 ?x413)))
 (let ((?x216 (* ?x235 ?x215)))
 (let ((?x416 (* ?x415 ?x414)))
 (let ((?x318 (+ ?x416 ?x216)))
 (let ((?x277 (+ ?x318 ?x276)))
 (let ((?x341 (+ ?x344 ?x344)))
 (let ((?x342 (+ ?x343 ?x341)))
 (let ((?x248 (+ ?x217 ?x247)))
 (let ((?x190 (+ ?x221 ?x248)))
 (let ((?x212 (/ 1.0 exp!5)))
 (let ((?x193 (* ?x212 ?x190)))
 (let ((?x195 (* ?x193 ?x342)))
 (let ((?x205 (+ ?x210 ?x210)))
 (let ((?x211 (+ ?x204 ?x205)))
 (let ((?x251 (* ?x212 ?x211)))
 (let ((?x228 (+ ?x251 ?x195)))
 (let ((?x180 (+ ?x228 ?x277)))
 (or (and (distinct 0.0 ?x180) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!415 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!415) (< exp!1 exp!4)))
(assert
 (= (< log!415 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!415) (< exp!2 exp!4)))
(assert
 (= (< log!415 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!415) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!415 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!415)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!639 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!639) (< exp!1 exp!5)))
(assert
 (= (< log!639 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!639) (< exp!2 exp!5)))
(assert
 (= (< log!639 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!639) (< exp!3 exp!5)))
(assert
 (= (< log!639 log!415) (< exp!5 exp!4)))
(assert
 (= (< log!415 log!639) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!639 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!639)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x156 (/ ?x9 exp!3)))
 (let ((?x457 (* 1.0 exp!2)))
 (let ((?x693 (/ ?x457 exp!3)))
 (let ((?x682 (+ ?x693 ?x156)))
 (let ((?x700 (+ 1.0 ?x682)))
 (=> (> ?x700 0.0) (= exp!5 ?x700)))))))))
(assert
 (= (< log!864 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!864) (< exp!1 exp!6)))
(assert
 (= (< log!864 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!864) (< exp!2 exp!6)))
(assert
 (= (< log!864 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!864) (< exp!3 exp!6)))
(assert
 (= (< log!864 log!415) (< exp!6 exp!4)))
(assert
 (= (< log!415 log!864) (< exp!4 exp!6)))
(assert
 (= (< log!864 log!639) (< exp!6 exp!5)))
(assert
 (= (< log!639 log!864) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!864 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!864)))
(assert
 (let ((?x457 (* 1.0 exp!2)))
(let ((?x614 (/ ?x457 exp!1)))
(let ((?x312 (+ 1.0 ?x614)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x359 (/ ?x55 exp!1)))
(let ((?x290 (+ ?x359 ?x312)))
(=> (> ?x290 0.0) (= exp!6 ?x290)))))))))
(check-sat)
(pop 1)

; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'mass_conserved[1]', verdict proved
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
(declare-fun log!131 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x36 ?x57)))
 (let ((?x98 (- ?x97)))
 (let ((?x101 (* 0.0 ?x98)))
 (let ((?x99 (+ 1.0 ?x98)))
 (let ((?x115 (+ ?x99 ?x101)))
 (let ((?x116 (+ ?x101 ?x115)))
 (let ((?x117 (/ ?x36 exp!4)))
 (let ((?x118 (* ?x117 ?x116)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x109 (+ ?x98 ?x100)))
 (let ((?x110 (+ ?x101 ?x109)))
 (let ((?x111 (/ 1.0 exp!4)))
 (let ((?x112 (* ?x111 ?x110)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x104 (/ ?x56 exp!4)))
 (let ((?x105 (* ?x104 ?x103)))
 (let ((?x120 (+ ?x105 ?x119)))
 (or (and (distinct 0.0 ?x120) true))))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
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
(declare-fun log!131 () Real)
(declare-fun log!203 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x477 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x172 (/ ?x125 ?x484)))
 (let ((?x178 (- ?x172)))
 (let ((?x160 (* 0.0 ?x178)))
 (let ((?x179 (+ 1.0 ?x178)))
 (let ((?x306 (+ ?x179 ?x160)))
 (let ((?x307 (+ ?x160 ?x306)))
 (let ((?x151 (/ ?x125 exp!5)))
 (let ((?x152 (* ?x151 ?x307)))
 (let ((?x180 (* 0.0 ?x179)))
 (let ((?x170 (+ ?x178 ?x180)))
 (let ((?x171 (+ ?x160 ?x170)))
 (let ((?x277 (/ ?x477 exp!5)))
 (let ((?x298 (* ?x277 ?x171)))
 (let ((?x147 (+ ?x298 ?x152)))
 (let ((?x157 (+ ?x180 ?x160)))
 (let ((?x149 (+ ?x178 ?x157)))
 (let ((?x150 (/ 1.0 exp!5)))
 (let ((?x253 (* ?x150 ?x149)))
 (let ((?x148 (+ ?x253 ?x147)))
 (or (and (distinct 0.0 ?x148) true)))))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!203 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!203) (< exp!1 exp!5)))
(assert
 (= (< log!203 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!203) (< exp!2 exp!5)))
(assert
 (= (< log!203 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!203) (< exp!3 exp!5)))
(assert
 (= (< log!203 log!131) (< exp!5 exp!4)))
(assert
 (= (< log!131 log!203) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!203 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!203)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x125 (/ ?x9 exp!3)))
(let ((?x477 (/ (* 1.0 exp!2) exp!3)))
(let ((?x474 (+ ?x477 ?x125)))
(let ((?x484 (+ 1.0 ?x474)))
(=> (> ?x484 0.0) (= exp!5 ?x484))))))))
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
(declare-fun log!131 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!203 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x327 (/ ?x370 exp!1)))
 (let ((?x428 (+ 1.0 ?x327)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x301 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x301 ?x428)))
 (let (($x518 (= 0.0 ?x530)))
 (not $x518)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x327 (/ ?x370 exp!1)))
 (let ((?x428 (+ 1.0 ?x327)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x301 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x301 ?x428)))
 (< 0.0 ?x530))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x327 (/ ?x370 exp!1)))
 (let ((?x428 (+ 1.0 ?x327)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x301 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x301 ?x428)))
 (let (($x518 (= 0.0 ?x530)))
 (not $x518)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x327 (/ ?x370 exp!1)))
 (let ((?x428 (+ 1.0 ?x327)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x301 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x301 ?x428)))
 (let (($x518 (= 0.0 ?x530)))
 (not $x518)))))))))
(assert
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x327 (/ ?x370 exp!1)))
 (let ((?x428 (+ 1.0 ?x327)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x301 (/ ?x55 exp!1)))
 (let ((?x530 (+ ?x301 ?x428)))
 (let ((?x155 (/ 1.0 ?x530)))
 (let ((?x205 (- ?x155)))
 (let ((?x252 (* 0.0 ?x205)))
 (let ((?x512 (+ 1.0 ?x205)))
 (let ((?x743 (+ ?x512 ?x252)))
 (let ((?x326 (+ ?x252 ?x743)))
 (let ((?x511 (/ 1.0 exp!6)))
 (let ((?x132 (* ?x511 ?x326)))
 (let ((?x266 (* 0.0 ?x512)))
 (let ((?x182 (+ ?x205 ?x266)))
 (let ((?x516 (+ ?x252 ?x182)))
 (let ((?x465 (/ ?x327 exp!6)))
 (let ((?x498 (* ?x465 ?x516)))
 (let ((?x603 (+ ?x498 ?x132)))
 (let ((?x419 (+ ?x266 ?x252)))
 (let ((?x254 (+ ?x205 ?x419)))
 (let ((?x434 (/ ?x301 exp!6)))
 (let ((?x742 (* ?x434 ?x254)))
 (let ((?x732 (+ ?x742 ?x603)))
 (or (and (distinct 0.0 ?x732) true))))))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!203 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!203) (< exp!1 exp!5)))
(assert
 (= (< log!203 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!203) (< exp!2 exp!5)))
(assert
 (= (< log!203 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!203) (< exp!3 exp!5)))
(assert
 (= (< log!203 log!131) (< exp!5 exp!4)))
(assert
 (= (< log!131 log!203) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!203 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!203)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!277 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!277) (< exp!1 exp!6)))
(assert
 (= (< log!277 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!277) (< exp!2 exp!6)))
(assert
 (= (< log!277 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!277) (< exp!3 exp!6)))
(assert
 (= (< log!277 log!131) (< exp!6 exp!4)))
(assert
 (= (< log!131 log!277) (< exp!4 exp!6)))
(assert
 (= (< log!277 log!203) (< exp!6 exp!5)))
(assert
 (= (< log!203 log!277) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!277 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!277)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x327 (/ ?x370 exp!1)))
(let ((?x428 (+ 1.0 ?x327)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x301 (/ ?x55 exp!1)))
(let ((?x530 (+ ?x301 ?x428)))
(=> (> ?x530 0.0) (= exp!6 ?x530)))))))))
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
(declare-fun log!131 () Real)
(declare-fun log!203 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (< 0.0 ?x484))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let (($x482 (= 0.0 ?x484)))
 (not $x482)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (let ((?x172 (/ ?x125 ?x484)))
 (let ((?x178 (- ?x172)))
 (let ((?x160 (* 0.0 ?x178)))
 (let ((?x179 (+ 1.0 ?x178)))
 (let ((?x306 (+ ?x179 ?x160)))
 (let ((?x307 (+ ?x160 ?x306)))
 (let ((?x151 (/ ?x125 exp!5)))
 (let ((?x152 (* ?x151 ?x307)))
 (let ((?x180 (* 0.0 ?x179)))
 (let ((?x170 (+ ?x178 ?x180)))
 (let ((?x171 (+ ?x160 ?x170)))
 (let ((?x277 (/ ?x477 exp!5)))
 (let ((?x298 (* ?x277 ?x171)))
 (let ((?x147 (+ ?x298 ?x152)))
 (let ((?x157 (+ ?x180 ?x160)))
 (let ((?x149 (+ ?x178 ?x157)))
 (let ((?x150 (/ 1.0 exp!5)))
 (let ((?x253 (* ?x150 ?x149)))
 (let ((?x148 (+ ?x253 ?x147)))
 (or (and (distinct 0.0 ?x148) true))))))))))))))))))))))))))))
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
 (= (< log!131 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!131) (< exp!1 exp!4)))
(assert
 (= (< log!131 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!131) (< exp!2 exp!4)))
(assert
 (= (< log!131 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!131) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!131 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!131)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!203 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!203) (< exp!1 exp!5)))
(assert
 (= (< log!203 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!203) (< exp!2 exp!5)))
(assert
 (= (< log!203 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!203) (< exp!3 exp!5)))
(assert
 (= (< log!203 log!131) (< exp!5 exp!4)))
(assert
 (= (< log!131 log!203) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!203 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!203)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x125 (/ ?x9 exp!3)))
 (let ((?x370 (* 1.0 exp!2)))
 (let ((?x477 (/ ?x370 exp!3)))
 (let ((?x474 (+ ?x477 ?x125)))
 (let ((?x484 (+ 1.0 ?x474)))
 (=> (> ?x484 0.0) (= exp!5 ?x484)))))))))
(assert
 (= (< log!277 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!277) (< exp!1 exp!6)))
(assert
 (= (< log!277 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!277) (< exp!2 exp!6)))
(assert
 (= (< log!277 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!277) (< exp!3 exp!6)))
(assert
 (= (< log!277 log!131) (< exp!6 exp!4)))
(assert
 (= (< log!131 log!277) (< exp!4 exp!6)))
(assert
 (= (< log!277 log!203) (< exp!6 exp!5)))
(assert
 (= (< log!203 log!277) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!277 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!277)))
(assert
 (let ((?x370 (* 1.0 exp!2)))
(let ((?x327 (/ ?x370 exp!1)))
(let ((?x428 (+ 1.0 ?x327)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x301 (/ ?x55 exp!1)))
(let ((?x530 (+ ?x301 ?x428)))
(=> (> ?x530 0.0) (= exp!6 ?x530)))))))))
(check-sat)
(pop 1)

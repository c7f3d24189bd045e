; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[2]', verdict proved
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
(declare-fun log!313 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x116 (/ ?x56 ?x57)))
 (let ((?x117 (- ?x116)))
 (let ((?x119 (* 0.0 ?x117)))
 (let ((?x135 (+ ?x117 ?x119)))
 (let ((?x118 (+ 1.0 ?x117)))
 (let ((?x134 (* 0.0 ?x118)))
 (let ((?x136 (+ ?x134 ?x135)))
 (let ((?x142 (/ ?x36 exp!4)))
 (let ((?x146 (* ?x142 ?x136)))
 (let ((?x109 (/ 1.0 ?x57)))
 (let ((?x110 (- ?x109)))
 (let ((?x112 (+ 1.0 ?x110)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x144 (+ ?x110 ?x113)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x145 (+ ?x111 ?x144)))
 (let ((?x147 (* ?x145 ?x146)))
 (let ((?x100 (- ?x56)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x97 (/ 0.0 ?x57)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x128 (+ ?x103 ?x104)))
 (let ((?x129 (+ ?x104 ?x128)))
 (let ((?x143 (* ?x142 ?x129)))
 (let ((?x148 (+ ?x143 ?x147)))
 (let ((?x130 (/ 1.0 exp!4)))
 (let ((?x137 (* ?x130 ?x136)))
 (let ((?x132 (+ ?x111 ?x112)))
 (let ((?x133 (+ ?x111 ?x132)))
 (let ((?x138 (* ?x133 ?x137)))
 (let ((?x131 (* ?x130 ?x129)))
 (let ((?x139 (+ ?x131 ?x138)))
 (let ((?x149 (+ ?x139 ?x148)))
 (let ((?x120 (+ ?x119 ?x119)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x107 (/ ?x56 exp!4)))
 (let ((?x122 (* ?x107 ?x121)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (+ ?x110 ?x114)))
 (let ((?x123 (* ?x115 ?x122)))
 (let ((?x105 (+ ?x104 ?x104)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x108 (* ?x107 ?x106)))
 (let ((?x124 (+ ?x108 ?x123)))
 (let ((?x150 (+ ?x124 ?x149)))
 (or (and (distinct 0.0 ?x150) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
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
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x701 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x232 (/ 1.0 ?x702)))
 (let ((?x377 (- ?x232)))
 (let ((?x400 (* 0.0 ?x377)))
 (let ((?x277 (+ ?x377 ?x400)))
 (let ((?x399 (+ 1.0 ?x377)))
 (let ((?x212 (* 0.0 ?x399)))
 (let ((?x219 (+ ?x212 ?x277)))
 (let ((?x179 (/ ?x155 exp!5)))
 (let ((?x173 (* ?x179 ?x219)))
 (let ((?x203 (/ ?x701 ?x702)))
 (let ((?x209 (- ?x203)))
 (let ((?x210 (+ 1.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x181 (+ ?x209 ?x211)))
 (let ((?x204 (* 0.0 ?x209)))
 (let ((?x182 (+ ?x204 ?x181)))
 (let ((?x174 (* ?x182 ?x173)))
 (let ((?x337 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x172 (- ?x701)))
 (let ((?x338 (* ?x172 ?x337)))
 (let ((?x190 (/ 0.0 ?x702)))
 (let ((?x348 (+ ?x190 ?x338)))
 (let ((?x349 (- ?x348)))
 (let ((?x346 (* 0.0 ?x349)))
 (let ((?x256 (+ ?x349 ?x346)))
 (let ((?x261 (+ ?x346 ?x256)))
 (let ((?x180 (* ?x179 ?x261)))
 (let ((?x307 (+ ?x180 ?x174)))
 (let ((?x274 (/ ?x701 exp!5)))
 (let ((?x269 (* ?x274 ?x219)))
 (let ((?x276 (+ ?x204 ?x210)))
 (let ((?x284 (+ ?x204 ?x276)))
 (let ((?x270 (* ?x284 ?x269)))
 (let ((?x275 (* ?x274 ?x261)))
 (let ((?x271 (+ ?x275 ?x270)))
 (let ((?x311 (+ ?x271 ?x307)))
 (let ((?x401 (+ ?x400 ?x400)))
 (let ((?x397 (+ ?x399 ?x401)))
 (let ((?x208 (/ 1.0 exp!5)))
 (let ((?x398 (* ?x208 ?x397)))
 (let ((?x215 (+ ?x204 ?x211)))
 (let ((?x231 (+ ?x209 ?x215)))
 (let ((?x195 (* ?x231 ?x398)))
 (let ((?x347 (+ ?x346 ?x346)))
 (let ((?x207 (+ ?x349 ?x347)))
 (let ((?x200 (* ?x208 ?x207)))
 (let ((?x251 (+ ?x200 ?x195)))
 (let ((?x312 (+ ?x251 ?x311)))
 (or (and (distinct 0.0 ?x312) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x155 (/ ?x9 exp!3)))
(let ((?x701 (/ (* 1.0 exp!2) exp!3)))
(let ((?x684 (+ ?x701 ?x155)))
(let ((?x702 (+ 1.0 ?x684)))
(=> (> ?x702 0.0) (= exp!5 ?x702))))))))
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
(declare-fun log!313 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!538 () Real)
(declare-fun log!763 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x781 (/ ?x458 exp!1)))
 (let ((?x238 (+ 1.0 ?x781)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x429 (/ ?x55 exp!1)))
 (let ((?x726 (+ ?x429 ?x238)))
 (let (($x301 (= 0.0 ?x726)))
 (not $x301)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x781 (/ ?x458 exp!1)))
 (let ((?x238 (+ 1.0 ?x781)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x429 (/ ?x55 exp!1)))
 (let ((?x726 (+ ?x429 ?x238)))
 (let (($x301 (= 0.0 ?x726)))
 (not $x301)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x781 (/ ?x458 exp!1)))
 (let ((?x238 (+ 1.0 ?x781)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x429 (/ ?x55 exp!1)))
 (let ((?x726 (+ ?x429 ?x238)))
 (< 0.0 ?x726))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x781 (/ ?x458 exp!1)))
 (let ((?x238 (+ 1.0 ?x781)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x429 (/ ?x55 exp!1)))
 (let ((?x726 (+ ?x429 ?x238)))
 (let (($x301 (= 0.0 ?x726)))
 (not $x301)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x781 (/ ?x458 exp!1)))
 (let ((?x238 (+ 1.0 ?x781)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x429 (/ ?x55 exp!1)))
 (let ((?x726 (+ ?x429 ?x238)))
 (let (($x301 (= 0.0 ?x726)))
 (not $x301)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x781 (/ ?x458 exp!1)))
 (let ((?x238 (+ 1.0 ?x781)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x429 (/ ?x55 exp!1)))
 (let ((?x726 (+ ?x429 ?x238)))
 (let (($x301 (= 0.0 ?x726)))
 (not $x301)))))))))
(assert
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x781 (/ ?x458 exp!1)))
 (let ((?x238 (+ 1.0 ?x781)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x429 (/ ?x55 exp!1)))
 (let ((?x726 (+ ?x429 ?x238)))
 (let ((?x785 (/ ?x429 ?x726)))
 (let ((?x445 (- ?x785)))
 (let ((?x997 (* 0.0 ?x445)))
 (let ((?x673 (+ ?x445 ?x997)))
 (let ((?x657 (+ 1.0 ?x445)))
 (let ((?x378 (* 0.0 ?x657)))
 (let ((?x622 (+ ?x378 ?x673)))
 (let ((?x322 (/ 1.0 exp!6)))
 (let ((?x468 (* ?x322 ?x622)))
 (let ((?x403 (/ ?x781 ?x726)))
 (let ((?x235 (- ?x403)))
 (let ((?x439 (+ 1.0 ?x235)))
 (let ((?x647 (* 0.0 ?x439)))
 (let ((?x326 (+ ?x235 ?x647)))
 (let ((?x771 (* 0.0 ?x235)))
 (let ((?x757 (+ ?x771 ?x326)))
 (let ((?x709 (* ?x757 ?x468)))
 (let ((?x379 (- ?x429)))
 (let ((?x464 (* ?x781 ?x379)))
 (let ((?x420 (/ 1.0 (* ?x726 ?x726))))
 (let ((?x431 (* ?x420 ?x464)))
 (let ((?x288 (/ 0.0 ?x726)))
 (let ((?x447 (+ ?x288 ?x431)))
 (let ((?x214 (- ?x447)))
 (let ((?x1001 (* 0.0 ?x214)))
 (let ((?x278 (+ ?x214 ?x1001)))
 (let ((?x542 (+ ?x1001 ?x278)))
 (let ((?x627 (* ?x322 ?x542)))
 (let ((?x602 (+ ?x627 ?x709)))
 (let ((?x990 (/ ?x781 exp!6)))
 (let ((?x176 (* ?x990 ?x622)))
 (let ((?x664 (+ ?x771 ?x439)))
 (let ((?x533 (+ ?x771 ?x664)))
 (let ((?x979 (* ?x533 ?x176)))
 (let ((?x586 (* ?x990 ?x542)))
 (let ((?x159 (+ ?x586 ?x979)))
 (let ((?x321 (+ ?x159 ?x602)))
 (let ((?x260 (+ ?x997 ?x997)))
 (let ((?x171 (+ ?x657 ?x260)))
 (let ((?x424 (/ ?x429 exp!6)))
 (let ((?x372 (* ?x424 ?x171)))
 (let ((?x1002 (+ ?x771 ?x647)))
 (let ((?x295 (+ ?x235 ?x1002)))
 (let ((?x358 (* ?x295 ?x372)))
 (let ((?x273 (+ ?x1001 ?x1001)))
 (let ((?x285 (+ ?x214 ?x273)))
 (let ((?x446 (* ?x424 ?x285)))
 (let ((?x290 (+ ?x446 ?x358)))
 (let ((?x984 (+ ?x290 ?x321)))
 (or (and (distinct 0.0 ?x984) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x458 (* 1.0 exp!2)))
(let ((?x781 (/ ?x458 exp!1)))
(let ((?x238 (+ 1.0 ?x781)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x429 (/ ?x55 exp!1)))
(let ((?x726 (+ ?x429 ?x238)))
(=> (> ?x726 0.0) (= exp!6 ?x726)))))))))
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
(declare-fun log!313 () Real)
(declare-fun log!538 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!763 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (< 0.0 ?x702))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let (($x699 (= 0.0 ?x702)))
 (not $x699)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (let ((?x232 (/ 1.0 ?x702)))
 (let ((?x377 (- ?x232)))
 (let ((?x400 (* 0.0 ?x377)))
 (let ((?x277 (+ ?x377 ?x400)))
 (let ((?x399 (+ 1.0 ?x377)))
 (let ((?x212 (* 0.0 ?x399)))
 (let ((?x219 (+ ?x212 ?x277)))
 (let ((?x179 (/ ?x155 exp!5)))
 (let ((?x173 (* ?x179 ?x219)))
 (let ((?x203 (/ ?x701 ?x702)))
 (let ((?x209 (- ?x203)))
 (let ((?x210 (+ 1.0 ?x209)))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x181 (+ ?x209 ?x211)))
 (let ((?x204 (* 0.0 ?x209)))
 (let ((?x182 (+ ?x204 ?x181)))
 (let ((?x174 (* ?x182 ?x173)))
 (let ((?x337 (/ 1.0 (* ?x702 ?x702))))
 (let ((?x172 (- ?x701)))
 (let ((?x338 (* ?x172 ?x337)))
 (let ((?x190 (/ 0.0 ?x702)))
 (let ((?x348 (+ ?x190 ?x338)))
 (let ((?x349 (- ?x348)))
 (let ((?x346 (* 0.0 ?x349)))
 (let ((?x256 (+ ?x349 ?x346)))
 (let ((?x261 (+ ?x346 ?x256)))
 (let ((?x180 (* ?x179 ?x261)))
 (let ((?x307 (+ ?x180 ?x174)))
 (let ((?x274 (/ ?x701 exp!5)))
 (let ((?x269 (* ?x274 ?x219)))
 (let ((?x276 (+ ?x204 ?x210)))
 (let ((?x284 (+ ?x204 ?x276)))
 (let ((?x270 (* ?x284 ?x269)))
 (let ((?x275 (* ?x274 ?x261)))
 (let ((?x271 (+ ?x275 ?x270)))
 (let ((?x311 (+ ?x271 ?x307)))
 (let ((?x401 (+ ?x400 ?x400)))
 (let ((?x397 (+ ?x399 ?x401)))
 (let ((?x208 (/ 1.0 exp!5)))
 (let ((?x398 (* ?x208 ?x397)))
 (let ((?x215 (+ ?x204 ?x211)))
 (let ((?x231 (+ ?x209 ?x215)))
 (let ((?x195 (* ?x231 ?x398)))
 (let ((?x347 (+ ?x346 ?x346)))
 (let ((?x207 (+ ?x349 ?x347)))
 (let ((?x200 (* ?x208 ?x207)))
 (let ((?x251 (+ ?x200 ?x195)))
 (let ((?x312 (+ ?x251 ?x311)))
 (or (and (distinct 0.0 ?x312) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!313 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!313) (< exp!1 exp!4)))
(assert
 (= (< log!313 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!313) (< exp!2 exp!4)))
(assert
 (= (< log!313 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!313) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!313 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!313)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!538 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!538) (< exp!1 exp!5)))
(assert
 (= (< log!538 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!538) (< exp!2 exp!5)))
(assert
 (= (< log!538 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!538) (< exp!3 exp!5)))
(assert
 (= (< log!538 log!313) (< exp!5 exp!4)))
(assert
 (= (< log!313 log!538) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!538 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!538)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x155 (/ ?x9 exp!3)))
 (let ((?x458 (* 1.0 exp!2)))
 (let ((?x701 (/ ?x458 exp!3)))
 (let ((?x684 (+ ?x701 ?x155)))
 (let ((?x702 (+ 1.0 ?x684)))
 (=> (> ?x702 0.0) (= exp!5 ?x702)))))))))
(assert
 (= (< log!763 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!763) (< exp!1 exp!6)))
(assert
 (= (< log!763 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!763) (< exp!2 exp!6)))
(assert
 (= (< log!763 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!763) (< exp!3 exp!6)))
(assert
 (= (< log!763 log!313) (< exp!6 exp!4)))
(assert
 (= (< log!313 log!763) (< exp!4 exp!6)))
(assert
 (= (< log!763 log!538) (< exp!6 exp!5)))
(assert
 (= (< log!538 log!763) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!763 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!763)))
(assert
 (let ((?x458 (* 1.0 exp!2)))
(let ((?x781 (/ ?x458 exp!1)))
(let ((?x238 (+ 1.0 ?x781)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x429 (/ ?x55 exp!1)))
(let ((?x726 (+ ?x429 ?x238)))
(=> (> ?x726 0.0) (= exp!6 ?x726)))))))))
(check-sat)
(pop 1)

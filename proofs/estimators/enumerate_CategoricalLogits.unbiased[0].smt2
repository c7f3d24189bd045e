; certjax: rule estimators.enumerate_CategoricalLogits, obligation 'unbiased[0]', verdict proved
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!166 () Real)
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
 (let ((?x134 (/ 1.0 ?x57)))
 (let ((?x135 (- ?x134)))
 (let ((?x137 (+ 1.0 ?x135)))
 (let ((?x142 (* 0.0 ?x137)))
 (let ((?x136 (* 0.0 ?x135)))
 (let ((?x148 (+ ?x136 ?x142)))
 (let ((?x149 (+ ?x135 ?x148)))
 (let ((?x98 (/ ?x56 exp!4)))
 (let ((?x150 (* ?x98 ?x149)))
 (let ((?x151 (* |f[2]| ?x150)))
 (let ((?x143 (+ ?x135 ?x142)))
 (let ((?x144 (+ ?x136 ?x143)))
 (let ((?x111 (/ ?x36 exp!4)))
 (let ((?x145 (* ?x111 ?x144)))
 (let ((?x146 (* |f[1]| ?x145)))
 (let ((?x138 (+ ?x136 ?x137)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x124 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x124 ?x139)))
 (let ((?x141 (* |f[0]| ?x140)))
 (let ((?x147 (+ ?x141 ?x146)))
 (let ((?x152 (+ ?x147 ?x151)))
 (let ((?x125 (* |f[0]| ?x124)))
 (let ((?x128 (- ?x125)))
 (let ((?x126 (* 0.0 ?x125)))
 (let ((?x127 (- ?x126)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x131 (/ ?x130 ?x57)))
 (let ((?x132 (+ ?x125 ?x131)))
 (let ((?x112 (* |f[1]| ?x111)))
 (let ((?x115 (- ?x112)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (/ ?x117 ?x57)))
 (let ((?x119 (+ ?x113 ?x118)))
 (let ((?x99 (* |f[2]| ?x98)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x102 (- ?x100)))
 (let ((?x103 (+ ?x102 ?x102)))
 (let ((?x101 (- ?x99)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x105 (/ ?x104 ?x57)))
 (let ((?x106 (+ ?x100 ?x105)))
 (let ((?x120 (+ ?x106 ?x119)))
 (let ((?x133 (+ ?x120 ?x132)))
 (or (and (distinct ?x133 ?x152) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun log!289 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x157 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let ((?x254 (/ ?x157 ?x435)))
 (let ((?x255 (- ?x254)))
 (let ((?x258 (+ 1.0 ?x255)))
 (let ((?x320 (* 0.0 ?x258)))
 (let ((?x256 (* 0.0 ?x255)))
 (let ((?x370 (+ ?x256 ?x320)))
 (let ((?x321 (+ ?x255 ?x370)))
 (let ((?x280 (/ 1.0 exp!5)))
 (let ((?x322 (* ?x280 ?x321)))
 (let ((?x327 (* |f[2]| ?x322)))
 (let ((?x362 (+ ?x255 ?x320)))
 (let ((?x363 (+ ?x256 ?x362)))
 (let ((?x221 (/ ?x397 exp!5)))
 (let ((?x326 (* ?x221 ?x363)))
 (let ((?x367 (* |f[1]| ?x326)))
 (let ((?x261 (+ ?x256 ?x258)))
 (let ((?x262 (+ ?x256 ?x261)))
 (let ((?x181 (/ ?x157 exp!5)))
 (let ((?x259 (* ?x181 ?x262)))
 (let ((?x260 (* |f[0]| ?x259)))
 (let ((?x368 (+ ?x260 ?x367)))
 (let ((?x328 (+ ?x368 ?x327)))
 (let ((?x182 (* |f[0]| ?x181)))
 (let ((?x266 (- ?x182)))
 (let ((?x183 (* 0.0 ?x182)))
 (let ((?x184 (- ?x183)))
 (let ((?x267 (+ ?x184 ?x266)))
 (let ((?x223 (+ ?x184 ?x267)))
 (let ((?x224 (/ ?x223 ?x435)))
 (let ((?x175 (* ?x157 ?x224)))
 (let ((?x176 (+ ?x182 ?x175)))
 (let ((?x200 (* |f[1]| ?x221)))
 (let ((?x196 (- ?x200)))
 (let ((?x225 (* 0.0 ?x200)))
 (let ((?x226 (- ?x225)))
 (let ((?x230 (+ ?x226 ?x196)))
 (let ((?x231 (+ ?x226 ?x230)))
 (let ((?x232 (/ ?x231 ?x435)))
 (let ((?x382 (* ?x157 ?x232)))
 (let ((?x384 (+ ?x225 ?x382)))
 (let ((?x281 (* |f[2]| ?x280)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x289 (- ?x291)))
 (let ((?x290 (+ ?x289 ?x289)))
 (let ((?x292 (- ?x281)))
 (let ((?x185 (+ ?x292 ?x290)))
 (let ((?x186 (/ ?x185 ?x435)))
 (let ((?x191 (* ?x157 ?x186)))
 (let ((?x194 (+ ?x291 ?x191)))
 (let ((?x386 (+ ?x194 ?x384)))
 (let ((?x250 (+ ?x386 ?x176)))
 (or (and (distinct ?x250 ?x328) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!289 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!289) (< exp!1 exp!5)))
(assert
 (= (< log!289 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!289) (< exp!2 exp!5)))
(assert
 (= (< log!289 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!289) (< exp!3 exp!5)))
(assert
 (= (< log!289 log!166) (< exp!5 exp!4)))
(assert
 (= (< log!166 log!289) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!289 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!289)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x397 (/ ?x9 exp!3)))
(let ((?x157 (/ (* 1.0 exp!2) exp!3)))
(let ((?x420 (+ ?x157 ?x397)))
(let ((?x435 (+ 1.0 ?x420)))
(=> (> ?x435 0.0) (= exp!5 ?x435))))))))
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!289 () Real)
(declare-fun log!414 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (< 0.0 ?x595))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let (($x270 (= 0.0 ?x595)))
 (not $x270)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let (($x270 (= 0.0 ?x595)))
 (not $x270)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let (($x270 (= 0.0 ?x595)))
 (not $x270)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (< 0.0 ?x595))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let (($x270 (= 0.0 ?x595)))
 (not $x270)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let (($x270 (= 0.0 ?x595)))
 (not $x270)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let (($x270 (= 0.0 ?x595)))
 (not $x270)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let (($x270 (= 0.0 ?x595)))
 (not $x270)))))))))
(assert
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x968 (/ ?x640 exp!1)))
 (let ((?x372 (+ 1.0 ?x968)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x584 (/ ?x55 exp!1)))
 (let ((?x595 (+ ?x584 ?x372)))
 (let ((?x711 (/ ?x968 ?x595)))
 (let ((?x263 (- ?x711)))
 (let ((?x664 (+ 1.0 ?x263)))
 (let ((?x172 (* 0.0 ?x664)))
 (let ((?x229 (* 0.0 ?x263)))
 (let ((?x374 (+ ?x229 ?x172)))
 (let ((?x613 (+ ?x263 ?x374)))
 (let ((?x747 (/ ?x584 exp!6)))
 (let ((?x516 (* ?x747 ?x613)))
 (let ((?x965 (* |f[2]| ?x516)))
 (let ((?x521 (+ ?x263 ?x172)))
 (let ((?x538 (+ ?x229 ?x521)))
 (let ((?x696 (/ 1.0 exp!6)))
 (let ((?x379 (* ?x696 ?x538)))
 (let ((?x265 (* |f[1]| ?x379)))
 (let ((?x342 (+ ?x229 ?x664)))
 (let ((?x533 (+ ?x229 ?x342)))
 (let ((?x163 (/ ?x968 exp!6)))
 (let ((?x746 (* ?x163 ?x533)))
 (let ((?x722 (* |f[0]| ?x746)))
 (let ((?x380 (+ ?x722 ?x265)))
 (let ((?x683 (+ ?x380 ?x965)))
 (let ((?x240 (* |f[0]| ?x163)))
 (let ((?x948 (- ?x240)))
 (let ((?x679 (* 0.0 ?x240)))
 (let ((?x519 (- ?x679)))
 (let ((?x710 (+ ?x519 ?x948)))
 (let ((?x377 (+ ?x519 ?x710)))
 (let ((?x597 (/ ?x377 ?x595)))
 (let ((?x529 (* ?x968 ?x597)))
 (let ((?x953 (+ ?x240 ?x529)))
 (let ((?x415 (* |f[1]| ?x696)))
 (let ((?x276 (- ?x415)))
 (let ((?x216 (* 0.0 ?x415)))
 (let ((?x192 (- ?x216)))
 (let ((?x972 (+ ?x192 ?x276)))
 (let ((?x564 (+ ?x192 ?x972)))
 (let ((?x674 (/ ?x564 ?x595)))
 (let ((?x556 (* ?x968 ?x674)))
 (let ((?x723 (+ ?x216 ?x556)))
 (let ((?x350 (* |f[2]| ?x747)))
 (let ((?x346 (* 0.0 ?x350)))
 (let ((?x776 (- ?x346)))
 (let ((?x214 (+ ?x776 ?x776)))
 (let ((?x482 (- ?x350)))
 (let ((?x583 (+ ?x482 ?x214)))
 (let ((?x341 (/ ?x583 ?x595)))
 (let ((?x971 (* ?x968 ?x341)))
 (let ((?x959 (+ ?x346 ?x971)))
 (let ((?x962 (+ ?x959 ?x723)))
 (let ((?x414 (+ ?x962 ?x953)))
 (or (and (distinct ?x414 ?x683) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!289 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!289) (< exp!1 exp!5)))
(assert
 (= (< log!289 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!289) (< exp!2 exp!5)))
(assert
 (= (< log!289 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!289) (< exp!3 exp!5)))
(assert
 (= (< log!289 log!166) (< exp!5 exp!4)))
(assert
 (= (< log!166 log!289) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!289 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!289)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (=> (> ?x435 0.0) (= exp!5 ?x435)))))))))
(assert
 (= (< log!414 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!6)))
(assert
 (= (< log!414 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!6)))
(assert
 (= (< log!414 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!6)))
(assert
 (= (< log!414 log!166) (< exp!6 exp!4)))
(assert
 (= (< log!166 log!414) (< exp!4 exp!6)))
(assert
 (= (< log!414 log!289) (< exp!6 exp!5)))
(assert
 (= (< log!289 log!414) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!414 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!414)))
(assert
 (let ((?x640 (* 1.0 exp!2)))
(let ((?x968 (/ ?x640 exp!1)))
(let ((?x372 (+ 1.0 ?x968)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x584 (/ ?x55 exp!1)))
(let ((?x595 (+ ?x584 ?x372)))
(=> (> ?x595 0.0) (= exp!6 ?x595)))))))))
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
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!166 () Real)
(declare-fun log!289 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!414 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (< 0.0 ?x435))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let (($x174 (= 0.0 ?x435)))
 (not $x174)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (let ((?x254 (/ ?x157 ?x435)))
 (let ((?x255 (- ?x254)))
 (let ((?x258 (+ 1.0 ?x255)))
 (let ((?x320 (* 0.0 ?x258)))
 (let ((?x256 (* 0.0 ?x255)))
 (let ((?x370 (+ ?x256 ?x320)))
 (let ((?x321 (+ ?x255 ?x370)))
 (let ((?x280 (/ 1.0 exp!5)))
 (let ((?x322 (* ?x280 ?x321)))
 (let ((?x327 (* |f[2]| ?x322)))
 (let ((?x362 (+ ?x255 ?x320)))
 (let ((?x363 (+ ?x256 ?x362)))
 (let ((?x221 (/ ?x397 exp!5)))
 (let ((?x326 (* ?x221 ?x363)))
 (let ((?x367 (* |f[1]| ?x326)))
 (let ((?x261 (+ ?x256 ?x258)))
 (let ((?x262 (+ ?x256 ?x261)))
 (let ((?x181 (/ ?x157 exp!5)))
 (let ((?x259 (* ?x181 ?x262)))
 (let ((?x260 (* |f[0]| ?x259)))
 (let ((?x368 (+ ?x260 ?x367)))
 (let ((?x328 (+ ?x368 ?x327)))
 (let ((?x182 (* |f[0]| ?x181)))
 (let ((?x266 (- ?x182)))
 (let ((?x183 (* 0.0 ?x182)))
 (let ((?x184 (- ?x183)))
 (let ((?x267 (+ ?x184 ?x266)))
 (let ((?x223 (+ ?x184 ?x267)))
 (let ((?x224 (/ ?x223 ?x435)))
 (let ((?x175 (* ?x157 ?x224)))
 (let ((?x176 (+ ?x182 ?x175)))
 (let ((?x200 (* |f[1]| ?x221)))
 (let ((?x196 (- ?x200)))
 (let ((?x225 (* 0.0 ?x200)))
 (let ((?x226 (- ?x225)))
 (let ((?x230 (+ ?x226 ?x196)))
 (let ((?x231 (+ ?x226 ?x230)))
 (let ((?x232 (/ ?x231 ?x435)))
 (let ((?x382 (* ?x157 ?x232)))
 (let ((?x384 (+ ?x225 ?x382)))
 (let ((?x281 (* |f[2]| ?x280)))
 (let ((?x291 (* 0.0 ?x281)))
 (let ((?x289 (- ?x291)))
 (let ((?x290 (+ ?x289 ?x289)))
 (let ((?x292 (- ?x281)))
 (let ((?x185 (+ ?x292 ?x290)))
 (let ((?x186 (/ ?x185 ?x435)))
 (let ((?x191 (* ?x157 ?x186)))
 (let ((?x194 (+ ?x291 ?x191)))
 (let ((?x386 (+ ?x194 ?x384)))
 (let ((?x250 (+ ?x386 ?x176)))
 (or (and (distinct ?x250 ?x328) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!166 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!166) (< exp!1 exp!4)))
(assert
 (= (< log!166 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!166) (< exp!2 exp!4)))
(assert
 (= (< log!166 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!166) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!166 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!166)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!289 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!289) (< exp!1 exp!5)))
(assert
 (= (< log!289 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!289) (< exp!2 exp!5)))
(assert
 (= (< log!289 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!289) (< exp!3 exp!5)))
(assert
 (= (< log!289 log!166) (< exp!5 exp!4)))
(assert
 (= (< log!166 log!289) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!289 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!289)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x397 (/ ?x9 exp!3)))
 (let ((?x640 (* 1.0 exp!2)))
 (let ((?x157 (/ ?x640 exp!3)))
 (let ((?x420 (+ ?x157 ?x397)))
 (let ((?x435 (+ 1.0 ?x420)))
 (=> (> ?x435 0.0) (= exp!5 ?x435)))))))))
(assert
 (= (< log!414 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!6)))
(assert
 (= (< log!414 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!6)))
(assert
 (= (< log!414 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!6)))
(assert
 (= (< log!414 log!166) (< exp!6 exp!4)))
(assert
 (= (< log!166 log!414) (< exp!4 exp!6)))
(assert
 (= (< log!414 log!289) (< exp!6 exp!5)))
(assert
 (= (< log!289 log!414) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!414 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!414)))
(assert
 (let ((?x640 (* 1.0 exp!2)))
(let ((?x968 (/ ?x640 exp!1)))
(let ((?x372 (+ 1.0 ?x968)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x584 (/ ?x55 exp!1)))
(let ((?x595 (+ ?x584 ?x372)))
(=> (> ?x595 0.0) (= exp!6 ?x595)))))))))
(check-sat)
(pop 1)
